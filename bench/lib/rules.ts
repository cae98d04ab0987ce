/**
 * Static count of document lookups (get, exists, getAfter, existsAfter) in firestore.rules:
 * all of them, and those reachable from a read rule (allow read/get/list), following helper
 * function calls transitively. A read-path lookup costs a billed read per request.
 */
const LOOKUP = /(?<![\w.])(get|exists|getAfter|existsAfter)\s*\(/g;

export interface RuleLookups {
  totalLookups: number;
  clientReadPathLookups: number;
  readRules: number;
}

export function countRuleLookups(source: string): RuleLookups {
  const text = source.replace(/\/\/[^\n]*/g, '');
  const functions = new Map<string, string>();
  for (const match of text.matchAll(/function\s+(\w+)\s*\([^)]*\)\s*\{([\s\S]*?)\}\s*(?=function|match|allow|\}|$)/g)) {
    functions.set(match[1]!, match[2]!);
  }
  const direct = (body: string) => [...body.matchAll(LOOKUP)].length;
  const memo = new Map<string, number>();
  const reach = (name: string, seen: Set<string>): number => {
    if (memo.has(name)) return memo.get(name)!;
    if (seen.has(name)) return 0;
    seen.add(name);
    const body = functions.get(name) ?? '';
    let n = direct(body);
    for (const call of body.matchAll(/(?<![\w.])(\w+)\s*\(/g)) if (functions.has(call[1]!)) n += reach(call[1]!, seen);
    memo.set(name, n);
    return n;
  };
  let clientReadPathLookups = 0;
  let readRules = 0;
  for (const rule of text.matchAll(/allow\s+([\w\s,]+):\s*if\s+([\s\S]*?);/g)) {
    const ops = rule[1]!.split(',').map((op) => op.trim());
    if (!ops.some((op) => op === 'read' || op === 'get' || op === 'list')) continue;
    readRules++;
    const expr = rule[2]!;
    clientReadPathLookups += direct(expr);
    for (const call of expr.matchAll(/(?<![\w.])(\w+)\s*\(/g)) if (functions.has(call[1]!)) clientReadPathLookups += reach(call[1]!, new Set());
  }
  return { totalLookups: direct(text), clientReadPathLookups, readRules };
}
