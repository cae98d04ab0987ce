/**
 * Design-system tool (issue 11), not a test: which hand-written CSS declarations change a computed
 * value on some visited page (e2e/tools/pages.ts, both widths), and which rules match nothing there.
 * In each page it swaps the built stylesheets for the source files (checking that every element
 * computes the same styles both ways), then takes each declaration out of its rule in turn and
 * compares the computed values of the elements the rule matches. Rules whose selectors need a
 * pointer or focus state (:hover, :focus…) are not judged. Transitions are stopped so a removed
 * value is not read mid-transition. Run: `npm run css:effect`; the summary is printed and the whole
 * answer written to e2e/artifacts/css-effect.json.
 *
 * A declaration with no effect here may still act in a state no page shows (a dialog, a menu, an
 * error, a wider screen): read each one before you delete it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import postcss from 'postcss';
import { describe } from 'vitest';
import { visitEveryPage } from './pages';

const webSrc = fileURLToPath(new URL('../../web/src/', import.meta.url));
const out = fileURLToPath(new URL('../artifacts/css-effect.json', import.meta.url));
/** In the order the app loads them (app/main.tsx, then the console chunk). */
const FILES = ['styles.css', 'components/paging.css', 'console/console.css', 'console/components/combobox.css'];
const unlisted = readdirSync(webSrc, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.css') && !FILES.includes(file));
if (unlisted.length) throw new Error(`css-effect: add ${unlisted.join(', ')} to FILES, where the app loads it`);

interface SourceDeclaration { prop: string; value: string; important: boolean; line: number }
interface SourceRule { file: string; line: number; selector: string; media: string; decls: SourceDeclaration[] }

const rules: SourceRule[] = [];
let cssText = '';
for (const file of FILES) {
  const text = readFileSync(webSrc + file, 'utf8');
  cssText += `\n${text}`;
  postcss.parse(text).walkRules((rule) => {
    const parent = rule.parent as postcss.AtRule | postcss.Root;
    if (parent.type === 'atrule' && /keyframes/.test(parent.name)) return;
    const decls: SourceDeclaration[] = [];
    rule.each((node) => {
      if (node.type === 'decl') decls.push({ prop: node.prop, value: node.value, important: node.important === true, line: node.source?.start?.line ?? 0 });
    });
    rules.push({ file, line: rule.source?.start?.line ?? 0, selector: rule.selector.replace(/\s+/g, ' '), media: parent.type === 'atrule' ? `@${parent.name} ${parent.params}` : '', decls });
  });
}

/** Per rule: elements matched over all visits; per declaration: ever effective, ever tested. */
const seen = rules.map((r) => ({ matched: 0, stateful: false, effective: r.decls.map(() => false), tested: r.decls.map(() => false) }));
const parity: string[] = [];

// A string, so the bundler adds nothing the page lacks.
const ANALYZE = String.raw`(arg) => {
  const { css, rules } = arg;
  const KEYS = ['display','position','color','background-color','font-size','font-weight','padding-top','padding-left','margin-top','margin-left','border-top-width','border-top-color','gap','grid-template-columns','width','height','white-space','overflow-x','box-shadow','border-top-left-radius','line-height','text-align','flex-grow','opacity','cursor','text-transform','letter-spacing','justify-content','align-items','flex-wrap','min-width','max-width','background-image','z-index'];
  const all = [...document.querySelectorAll('*')];
  const snap = () => all.map((e) => { const cs = getComputedStyle(e); return KEYS.map((k) => cs.getPropertyValue(k)).join('|'); });
  const before = snap();
  const style = document.createElement('style');
  style.textContent = css + '\n*, *::before, *::after, *::backdrop { transition-duration: 0s !important; transition-delay: 0s !important; }';
  document.head.appendChild(style);
  for (const s of document.styleSheets) if (s.ownerNode !== style) s.disabled = true;
  const after = snap();
  const parity = [];
  for (let i = 0; i < all.length; i++) if (before[i] !== after[i]) { parity.push((all[i].className || all[i].tagName) + ' :: ' + before[i] + ' ≠ ' + after[i]); if (parity.length > 5) break; }
  const flat = [];
  const walk = (list) => { for (const r of list) { if (r instanceof CSSStyleRule) flat.push(r); else if (r instanceof CSSMediaRule || r instanceof CSSSupportsRule) walk(r.cssRules); } };
  walk(style.sheet.cssRules);
  flat.pop();
  const out = [];
  if (flat.length !== rules.length) return { error: 'rule count ' + flat.length + ' vs ' + rules.length, parity };
  const STATE = /:(hover|focus|focus-visible|focus-within|active|disabled|checked|invalid|target|placeholder-shown|enabled|visited|default|indeterminate)/;
  const split = (s) => { const parts = []; let d = 0, cur = ''; for (const ch of s) { if (ch === '(' ) d++; if (ch === ')') d--; if (ch === ',' && d === 0) { parts.push(cur.trim()); cur = ''; } else cur += ch; } if (cur.trim()) parts.push(cur.trim()); return parts; };
  const tmp = document.createElement('div').style;
  for (let i = 0; i < flat.length; i++) {
    const R = flat[i], src = rules[i];
    const parts = split(R.selectorText);
    const stateful = parts.some((p) => STATE.test(p));
    const targets = [];
    for (const p of parts) {
      const m = p.match(/::?(before|after|marker|backdrop|placeholder|-webkit-[\w-]+)$/);
      const pe = m ? '::' + m[1] : null;
      const base = m ? p.slice(0, m.index) || '*' : p;
      let els = [];
      try { els = [...document.querySelectorAll(base)]; } catch { els = []; }
      for (const e of els) targets.push([e, pe]);
    }
    // is the media active?
    let active = true;
    let par = R.parentRule;
    while (par) { if (par instanceof CSSMediaRule && !matchMedia(par.conditionText || par.media.mediaText).matches) active = false; par = par.parentRule; }
    if (!active || targets.length === 0) { out.push({ m: 0, s: stateful, e: [] }); continue; }
    const eff = [];
    const saved = R.style.cssText;
    for (const d of src.decls) {
      tmp.cssText = '';
      tmp.setProperty(d.prop, d.value, d.important ? 'important' : '');
      const longs = d.prop.startsWith('--') ? [d.prop] : [...tmp];
      if (longs.length === 0) { eff.push(true); continue; }
      const read = () => targets.map(([e, pe]) => { const cs = getComputedStyle(e, pe); return longs.map((l) => cs.getPropertyValue(l)).join('|'); });
      const a = read();
      for (const l of longs) R.style.removeProperty(l);
      const b = read();
      R.style.cssText = saved;
      let changed = false;
      for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) { changed = true; break; }
      eff.push(changed);
    }
    out.push({ m: targets.length, s: stateful, e: eff });
  }
  style.remove();
  for (const s of document.styleSheets) s.disabled = false;
  return { out, parity };
}`;

function report(): void {
  const summary = rules.map((rule, i) => ({ ...rule, ...seen[i]!, decls: rule.decls.map((d, j) => ({ ...d, effective: seen[i]!.effective[j], tested: seen[i]!.tested[j] })) }));
  writeFileSync(out, JSON.stringify({ parity, rules: summary }, null, 1));
  const tested = summary.flatMap((r) => r.decls.filter((d) => d.tested));
  const idle = summary.flatMap((r) => r.decls.filter((d) => d.tested && !d.effective).map((d) => `${r.file}:${d.line} ${r.media ? `${r.media} ` : ''}${r.selector} { ${d.prop}: ${d.value} }`));
  const unmatched = summary.filter((r) => !r.matched && !r.stateful).map((r) => `${r.file}:${r.line} ${r.media ? `${r.media} ` : ''}${r.selector}`);
  console.log(`[css-effect] ${rules.length} rules, ${summary.filter((r) => r.matched).length} matched something; ${tested.length} declarations tested, ${idle.length} changed nothing:`);
  for (const line of idle) console.log(`  no effect: ${line}`);
  console.log(`[css-effect] ${unmatched.length} rules (without :hover/:focus…) matched nothing on these pages:`);
  for (const line of unmatched) console.log(`  unmatched: ${line}`);
  if (parity.length) console.log(`[css-effect] the source CSS did not compute like the build on: ${parity.join('; ')}`);
}

async function analyze(page: Page, label: string): Promise<void> {
  const result = (await page.evaluate(`(${ANALYZE})(${JSON.stringify({ css: cssText, rules })})`)) as {
    error?: string;
    parity: string[];
    out?: { m: number; s: boolean; e: boolean[] }[];
  };
  if (result.parity.length) parity.push(`${label}: ${result.parity.join(' ;; ')}`);
  if (result.error || !result.out) throw new Error(result.error);
  result.out.forEach((o, i) => {
    const s = seen[i]!;
    s.matched += o.m;
    s.stateful ||= o.s;
    o.e.forEach((effective, j) => {
      s.tested[j] = true;
      if (effective) s.effective[j] = true;
    });
  });
}

describe('CSS declarations with an effect', () => {
  visitEveryPage(analyze, report);
});
