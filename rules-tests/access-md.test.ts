/**
 * ACCESS.md is generated from the same matrix rows the rules tests run (matrix/*.ts) and from
 * firestore.rules itself: it must be what the generator makes of them now.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ACCESS_MD, REGENERATE, RULES, renderAccessMarkdown } from './access/markdown';
import { applicable, parseRules } from './access/rules-parser';
import { SECTIONS } from './matrix/index';
import { OPS } from './support/matrix-rows';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

describe('ACCESS.md', () => {
  it('is up to date with the matrix and firestore.rules', () => {
    const committed = existsSync(ACCESS_MD) ? readFileSync(ACCESS_MD, 'utf8') : '';
    if (committed !== renderAccessMarkdown()) {
      expect.fail(`ACCESS.md is out of date with rules-tests/matrix/*.ts or firestore.rules: run ${REGENERATE}`);
    }
  });

  it('lists every matrix module, and each module is run by its own test file', () => {
    const modules = readdirSync(here('./matrix')).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));
    expect(SECTIONS.map((s) => s.module).sort()).toEqual(modules.sort());
    for (const module of modules) {
      const test = here(`./${module}.test.ts`);
      expect(existsSync(test), `${module}.test.ts`).toBe(true);
      const source = readFileSync(test, 'utf8');
      expect(source, `${module}.test.ts runs its rows`).toContain(`from './matrix/${module}'`);
      expect(source, `${module}.test.ts runs its rows`).toMatch(/runMatrix\(rows\)/);
    }
  });

  it('finds an allow statement for every operation the matrix allows to someone', () => {
    // (a parser that lost a statement would otherwise print "denied to everyone" beside a ✅)
    const blocks = parseRules(readFileSync(RULES, 'utf8'));
    expect(blocks.length).toBeGreaterThan(20);
    const markdown = renderAccessMarkdown();
    for (const section of SECTIONS) {
      for (const row of section.rows) {
        for (const op of OPS) {
          if (!row[op] || (row.allow[op] ?? []).length === 0) continue;
          const heading = markdown.indexOf(`### ${row.name}\n`);
          const next = markdown.indexOf('\n### ', heading + 1);
          const table = markdown.slice(heading, next < 0 ? undefined : next);
          expect(table, `${row.name} ${op}`).toMatch(new RegExp(`- \\*\\*${op}\\*\\*[^\\n]*— \`match `));
        }
      }
    }
    expect(applicable(blocks, 'companies/acme/projects/p/replies/r', 'get').map((a) => a.block.path)).toEqual([
      '/companies/{companyId}/projects/{projectId}/replies/{replyId}',
      '/{path=**}/replies/{replyId}',
    ]);
  });
});
