/**
 * A reader for firestore.rules, enough to say which `allow` statements apply to a document path
 * and an operation: the match blocks (nested paths joined), each with its allow statements and
 * their condition text as written (comments dropped, whitespace collapsed). ACCESS.md quotes them.
 */
import type { Op } from '../support/matrix-rows';

export interface AllowStatement {
  /** as written: read, write, get, list, create, update, delete */
  ops: string[];
  /** the condition after `if`, on one line ('true' for a bare `allow x;`) */
  condition: string;
}

export interface RuleFunction {
  name: string;
  params: string;
  /** the body after `return`, on one line */
  body: string;
  /** the comment lines right above the definition, joined */
  comment: string;
}

export interface MatchBlock {
  /** the full path pattern below /databases/{database}/documents, as written, e.g. /companies/{companyId} */
  path: string;
  segments: string[];
  allows: AllowStatement[];
}

/** Which written operations cover an operation of the matrix. */
const COVERS: Record<Op, readonly string[]> = {
  get: ['get', 'read'],
  list: ['list', 'read'],
  create: ['create', 'write'],
  update: ['update', 'write'],
  delete: ['delete', 'write'],
};

/** The source with comments blanked out (strings kept intact, offsets unchanged). */
function blankComments(text: string): string {
  const out = text.split('');
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === "'" || c === '"') {
      i++;
      while (i < text.length && text.charAt(i) !== c) i += text.charAt(i) === '\\' ? 2 : 1;
      i++;
    } else if (c === '/' && text.charAt(i + 1) === '/') {
      while (i < text.length && text.charAt(i) !== '\n') out[i++] = ' ';
    } else if (c === '/' && text.charAt(i + 1) === '*') {
      while (i < text.length && !(text.charAt(i) === '*' && text.charAt(i + 1) === '/')) {
        if (text.charAt(i) !== '\n') out[i] = ' ';
        i++;
      }
      out[i] = ' ';
      out[i + 1] = ' ';
      i += 2;
    } else {
      i++;
    }
  }
  return out.join('');
}

/** Index just past the string, bracket group or character at i. */
function skipString(text: string, i: number): number {
  const quote = text.charAt(i);
  i++;
  while (i < text.length && text.charAt(i) !== quote) i += text.charAt(i) === '\\' ? 2 : 1;
  return i + 1;
}

/** Index of the `}` closing the `{` at i. */
function closingBrace(text: string, i: number): number {
  let depth = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === "'" || c === '"') {
      i = skipString(text, i);
      continue;
    }
    if (c === '{') depth++;
    if (c === '}' && --depth === 0) return i;
    i++;
  }
  throw new Error('firestore.rules: unbalanced braces');
}

/** Index of the `;` ending the statement that starts at i (outside strings and brackets). */
function statementEnd(text: string, i: number): number {
  let depth = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === "'" || c === '"') {
      i = skipString(text, i);
      continue;
    }
    if ('([{'.includes(c)) depth++;
    if (')]}'.includes(c)) depth--;
    if (c === ';' && depth === 0) return i;
    i++;
  }
  throw new Error('firestore.rules: statement without ;');
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function parseRules(source: string): MatchBlock[] {
  const text = blankComments(source);
  const blocks: MatchBlock[] = [];
  const word = /[A-Za-z_]\w*/y;

  function parseBlock(start: number, end: number, prefix: string[]): AllowStatement[] {
    const allows: AllowStatement[] = [];
    let i = start;
    while (i < end) {
      const c = text.charAt(i);
      if (c === "'" || c === '"') {
        i = skipString(text, i);
        continue;
      }
      word.lastIndex = i;
      const m = /[A-Za-z_]/.test(c) && (i === 0 || !/\w/.test(text.charAt(i - 1))) ? word.exec(text) : null;
      if (!m) {
        i++;
        continue;
      }
      const keyword = m[0];
      i += keyword.length;
      if (keyword === 'function') {
        const open = text.indexOf('{', i);
        i = closingBrace(text, open) + 1;
      } else if (keyword === 'match') {
        const pathMatch = /\s*(\S+)\s*\{/y;
        pathMatch.lastIndex = i;
        const pm = pathMatch.exec(text);
        if (!pm) throw new Error(`firestore.rules: cannot read the match at offset ${i}`);
        const open = pathMatch.lastIndex - 1;
        const close = closingBrace(text, open);
        const segments = [...prefix, ...(pm[1] ?? '').split('/').filter(Boolean)];
        const block: MatchBlock = { path: '', segments, allows: [] };
        blocks.push(block);
        block.allows = parseBlock(open + 1, close, segments);
        i = close + 1;
      } else if (keyword === 'allow') {
        const stop = statementEnd(text, i);
        const statement = text.slice(i, stop);
        const colon = statement.indexOf(':');
        const ops = (colon < 0 ? statement : statement.slice(0, colon)).split(',').map((s) => s.trim());
        const rest = colon < 0 ? '' : statement.slice(colon + 1).trim();
        const condition = rest.startsWith('if') ? oneLine(rest.slice(2)) : 'true';
        allows.push({ ops, condition });
        i = stop + 1;
      } else if (keyword === 'service') {
        const open = text.indexOf('{', i);
        const close = closingBrace(text, open);
        parseBlock(open + 1, close, prefix);
        i = close + 1;
      }
    }
    return allows;
  }

  parseBlock(0, text.length, []);
  const root = ['databases', '{database}', 'documents'];
  for (const block of blocks) {
    const below = block.segments.slice(0, 3).join('/') === root.join('/') ? block.segments.slice(3) : block.segments;
    block.path = `/${below.join('/')}`;
  }
  return blocks;
}

/** Whether a pattern (segments, `{x}` one segment, `{x=**}` any number) matches the path exactly. */
function matches(pattern: readonly string[], path: readonly string[]): boolean {
  if (pattern.length === 0) return path.length === 0;
  const head = pattern[0] ?? '';
  const rest = pattern.slice(1);
  if (/^\{\w+=\*\*\}$/.test(head)) {
    for (let k = 0; k <= path.length; k++) if (matches(rest, path.slice(k))) return true;
    return false;
  }
  if (path.length === 0) return false;
  if (/^\{\w+\}$/.test(head)) return matches(rest, path.slice(1));
  return head === path[0] && matches(rest, path.slice(1));
}

/** A segment no literal equals: where a list query stands for "any document of the collection". */
export const ANY_DOCUMENT = '\u0000any';

export interface Applicable {
  block: MatchBlock;
  allow: AllowStatement;
}

/**
 * Every allow statement that covers `op` on the document at `documentPath` (below
 * /databases/{database}/documents): Firestore grants the request if any of them is true.
 */
export function applicable(blocks: readonly MatchBlock[], documentPath: string, op: Op): Applicable[] {
  const path = ['databases', '(default)', 'documents', ...documentPath.split('/').filter(Boolean)];
  const found: Applicable[] = [];
  for (const block of blocks) {
    if (!matches(block.segments, path)) continue;
    for (const allow of block.allows) if (allow.ops.some((o) => COVERS[op].includes(o))) found.push({ block, allow });
  }
  return found;
}

/** The helper functions of the rules file, with the comment above each. */
export function parseFunctions(source: string): RuleFunction[] {
  const text = blankComments(source);
  const found: RuleFunction[] = [];
  const head = /\bfunction\s+(\w+)\s*\(([^)]*)\)\s*\{/g;
  for (let m = head.exec(text); m; m = head.exec(text)) {
    const open = head.lastIndex - 1;
    const close = closingBrace(text, open);
    const body = oneLine(text.slice(open + 1, close)).replace(/^return\s+/, '').replace(/;$/, '');
    const before = source.slice(0, m.index).split('\n');
    before.pop();
    const comment: string[] = [];
    while (before.length && /^\s*\/\//.test(before[before.length - 1] ?? '')) comment.unshift((before.pop() ?? '').replace(/^\s*\/\/\s?/, ''));
    found.push({ name: m[1] ?? '', params: oneLine(m[2] ?? ''), body, comment: comment.join(' ') });
    head.lastIndex = close + 1;
  }
  return found;
}
