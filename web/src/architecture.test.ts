/**
 * The web app's shape (issue 11), measured by scripts/console-graph.mjs and held here so it can
 * only get better: console features import each other only through their public entries, nothing
 * imports app/, components never hold Firestore, every console write is a mutation hook, and
 * app/, lib/, components/ and the console sit in no import cycle between folders.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/console-graph.mjs', import.meta.url));

interface Proxies {
  crossFeature: number;
  deepImports: number;
  appImporters: number;
  dbInTsx: number;
  directWrites: number;
  unwrappedWrites: number;
  mutations: number;
  folderCycles: number;
  cssLines: number;
  details: { appImporters: string[]; cycles: string[][]; deep: { from: string; to: string }[] };
}

const proxies = JSON.parse(execFileSync(process.execPath, [script, '--json'], { encoding: 'utf8' })) as Proxies;

describe('the web app’s architecture', () => {
  it('console features import each other only through their public entries, and rarely', () => {
    expect(proxies.details.deep).toEqual([]);
    // 6: the company page's Requests tab (issue 14) is the requests feature's public entry
    expect(proxies.crossFeature).toBeLessThanOrEqual(6);
  });

  it('nothing but the entry imports app/', () => {
    expect(proxies.details.appImporters).toEqual(['main.tsx']);
  });

  it('components never take db; every console write goes through a mutation hook', () => {
    expect(proxies.dbInTsx).toBe(0);
    expect(proxies.directWrites).toBe(0);
    expect(proxies.unwrappedWrites).toBe(0);
    expect(proxies.mutations).toBeGreaterThan(0);
  });

  it('app/, lib/, components/ and the console are in no folder cycle', () => {
    const mine = proxies.details.cycles.filter((cycle) => cycle.some((folder) => /^(app|lib|components|console)(\/|$)/.test(folder)));
    expect(mine).toEqual([]);
  });

  it('hand-written CSS does not grow', () => {
    expect(proxies.cssLines).toBeLessThanOrEqual(6533);
  });
});
