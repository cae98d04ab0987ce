/** axe-core in the page: injects the pinned axe.min.js and returns the serious and critical violations. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  page: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

interface AxeNode {
  target: unknown[];
}
interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: AxeNode[];
}

/** Runs axe on the whole document (WCAG 2.x A/AA and best practices) and keeps serious and critical findings. */
export async function axeFindings(page: Page, label: string): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations as never;
  });
  return (violations as AxeViolation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ page: label, rule: v.id, impact: v.impact!, help: v.help, targets: v.nodes.map((n) => n.target.map(String).join(' ')) }));
}

/** One line per finding: page, rule, impact and the elements it names. */
export function describeFindings(findings: readonly AxeFinding[]): string {
  return findings.map((f) => `${f.page}: ${f.rule} (${f.impact}) — ${f.help}\n    ${f.targets.slice(0, 6).join('\n    ')}${f.targets.length > 6 ? `\n    … ${f.targets.length - 6} more` : ''}`).join('\n');
}
