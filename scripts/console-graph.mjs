#!/usr/bin/env node
/**
 * The web app's architecture proxies (issue 11), read from the source as text:
 *
 *   cross-feature   imports from one console feature folder into another (console/<a>/… → console/<b>/…;
 *                   console/lib, console/components and the console's root files are not features)
 *   deep-imports    of those, the ones that bypass the other feature's public entry (index.ts)
 *   app-imports     files outside web/src/app that import web/src/app
 *   db-in-tsx       .tsx files that take `db` from the console context
 *   direct-writes   .tsx files that call a write function of console/**\/writes.ts themselves
 *   unwrapped       write functions used outside writes.ts but by no mutation hook (mutations.ts)
 *   mutations       useMutation / useConsoleMutation calls in web/src/console
 *   folder-cycles   strongly connected groups of folders in the import graph of web/src
 *   css-lines       lines of hand-written CSS (web/src/**\/*.css)
 *   css-decls       its declarations (what the line count measures, without the format)
 *   css-same        rules of one stylesheet, in the same @media/@supports, whose declarations are
 *                   the same set (they are one rule written twice)
 *
 * `node scripts/console-graph.mjs` prints them; `--json` prints JSON; `--cycles` lists the cycles
 * `--cross` the cross-feature imports, `--css` the rules written twice. Also used by web/src/architecture.test.ts.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import postcss from 'postcss';

const here = dirname(fileURLToPath(import.meta.url));

export function measure(srcRoot = resolve(here, '../web/src')) {
  const files = [];
  (function walk(dir) {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  })(srcRoot);
  const rel = (p) => relative(srcRoot, p).split(sep).join('/');
  const code = files.filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f));
  const css = files.filter((f) => f.endsWith('.css'));

  const resolveImport = (from, spec) => {
    if (!spec.startsWith('.')) return null;
    const base = resolve(dirname(from), spec);
    for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    return null;
  };

  /** @type {{ from: string; to: string }[]} */
  const edges = [];
  for (const file of code) {
    const text = readFileSync(file, 'utf8');
    const specs = [
      ...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]/g),
      ...text.matchAll(/(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g),
      ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g),
    ].map((m) => m[1]);
    for (const spec of specs) {
      const target = resolveImport(file, spec);
      if (target && code.includes(target)) edges.push({ from: rel(file), to: rel(target) });
    }
  }

  const NOT_FEATURES = new Set(['lib', 'components']);
  const featureOf = (path) => {
    const m = /^console\/([^/]+)\//.exec(path);
    return m && !NOT_FEATURES.has(m[1]) ? m[1] : null;
  };
  const cross = edges.filter((e) => {
    const a = featureOf(e.from);
    const b = featureOf(e.to);
    return a && b && a !== b;
  });
  const deep = cross.filter((e) => !/^console\/[^/]+\/index\.tsx?$/.test(e.to));
  const appImports = edges.filter((e) => !e.from.startsWith('app/') && e.to.startsWith('app/'));
  const appImporters = new Set(appImports.map((e) => e.from));

  const tsx = code.filter((f) => f.endsWith('.tsx'));
  const dbInTsx = tsx.filter((f) => /\{[^}]*\bdb\b[^}]*\}\s*=\s*useConsole\(\)/.test(readFileSync(f, 'utf8'))).map(rel);
  // The console's write functions (exported async functions of console/**/writes.ts) …
  const writeFiles = code.filter((f) => /^console\/.*\/writes\.ts$/.test(rel(f)));
  const writeFns = new Set(writeFiles.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/export async function (\w+)/g)].map((m) => m[1])));
  const importedNames = (f) =>
    [...readFileSync(f, 'utf8').matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+['"][^'"]*\/writes['"]/g)].flatMap((m) =>
      m[1].split(',').map((n) => n.trim()).filter((n) => n && !n.startsWith('type ')),
    );
  // … called from a component (they belong behind a mutation hook) …
  const directWrites = tsx.filter((f) => importedNames(f).some((n) => writeFns.has(n))).map(rel);
  // … and how many are used by no mutation hook (console/**/mutations.ts, or the comments' outgoing store).
  const wrappers = code.filter((f) => /^console\/.*\/(mutations|outgoing)\.ts$/.test(rel(f)));
  const wrapped = new Set(wrappers.flatMap(importedNames));
  const unwrappedWrites = [...writeFns].filter((n) => !wrapped.has(n) && code.some((f) => !writeFiles.includes(f) && importedNames(f).includes(n)));
  const mutations = code
    .filter((f) => rel(f).startsWith('console/'))
    .reduce((n, f) => n + (readFileSync(f, 'utf8').match(/\buse(Console)?Mutation(<[^>]*>)?\(/g) ?? []).length, 0);

  // Folder graph and its strongly connected components (Tarjan).
  const folder = (p) => p.split('/').slice(0, -1).join('/') || '.';
  const graph = new Map();
  for (const e of edges) {
    const a = folder(e.from);
    const b = folder(e.to);
    if (a === b) continue;
    if (!graph.has(a)) graph.set(a, new Set());
    if (!graph.has(b)) graph.set(b, new Set());
    graph.get(a).add(b);
  }
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  let counter = 0;
  const strong = (v) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const group = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) cycles.push(group.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) strong(v);

  const cssLines = css.reduce((n, f) => n + readFileSync(f, 'utf8').split('\n').length - 1, 0);
  let cssDeclarations = 0;
  const cssSame = [];
  for (const f of css) {
    const root = postcss.parse(readFileSync(f, 'utf8'), { from: f });
    root.walkDecls(() => {
      cssDeclarations += 1;
    });
    const byBody = new Map();
    root.walkRules((rule) => {
      const context = rule.parent.type === 'atrule' ? `@${rule.parent.name} ${rule.parent.params}` : '';
      const body = rule.nodes.filter((n) => n.type === 'decl').map((d) => `${d.prop}:${d.value}${d.important ? '!important' : ''}`).sort().join(';');
      if (!body) return;
      const key = `${context}{${body}}`;
      const first = byBody.get(key);
      if (first) cssSame.push(`${rel(f)}: ${first} = ${rule.selector.replace(/\s+/g, ' ')}${context ? ` (${context})` : ''}`);
      else byBody.set(key, rule.selector.replace(/\s+/g, ' '));
    });
  }

  return {
    crossFeature: cross.length,
    deepImports: deep.length,
    appImporters: appImporters.size,
    dbInTsx: dbInTsx.length,
    directWrites: directWrites.length,
    unwrappedWrites: unwrappedWrites.length,
    mutations,
    folderCycles: cycles.length,
    cssLines,
    cssDeclarations,
    cssSame: cssSame.length,
    details: { cross, deep, appImporters: [...appImporters], dbInTsx, directWrites, unwrappedWrites, cycles, css: css.map(rel), cssSame },
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = measure();
  const args = new Set(process.argv.slice(2));
  if (args.has('--json')) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    const { details, ...numbers } = result;
    for (const [key, value] of Object.entries(numbers)) console.log(`${key.padEnd(14)} ${value}`);
    if (args.has('--cycles')) for (const c of details.cycles) console.log('cycle:', c.join(' ⇄ '));
    if (args.has('--cross')) for (const e of details.cross) console.log(`${e.from} → ${e.to}`);
    if (args.has('--db')) for (const f of details.dbInTsx) console.log('db:', f);
    if (args.has('--writes')) for (const f of [...details.directWrites, ...details.unwrappedWrites]) console.log('writes:', f);
    if (args.has('--app')) for (const f of details.appImporters) console.log('app:', f);
    if (args.has('--css')) for (const r of details.cssSame) console.log('same declarations:', r);
  }
}
