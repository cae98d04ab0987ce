/**
 * ACCESS.md: the access matrix the rules tests run (../matrix/*.ts), as tables an agency can read,
 * each operation with the `allow` conditions of firestore.rules that decide it (read from the
 * rules file itself, so the two cannot drift). `npx tsx rules-tests/access-md.ts --write`
 * regenerates it; access-md.test.ts fails when the committed file differs.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deleteApp, initializeApp } from 'firebase/app';
import { CollectionReference, getFirestore, type Firestore, type Query } from 'firebase/firestore';
import { PREVIEW_MAX_AGE_SECONDS } from '@model';
import { SECTIONS } from '../matrix/index';
import { ACTORS, ALL_ACTORS, type Actor } from '../support/actors';
import { OPS, type MatrixRow, type Op } from '../support/matrix-rows';
import { ANY_DOCUMENT, applicable, parseFunctions, parseRules, type MatchBlock } from './rules-parser';

export const ACCESS_MD = fileURLToPath(new URL('../../ACCESS.md', import.meta.url));
export const RULES = fileURLToPath(new URL('../../firestore.rules', import.meta.url));
export const REGENERATE = 'npx tsx rules-tests/access-md.ts --write';

const EFFECTIVE: Record<Actor['effective'], string> = {
  anonymous: 'signed out',
  none: 'no role: own profile and branding only',
  client: 'client of that company',
  preview: 'client of that company, read only',
  staff: 'staff',
  admin: 'admin',
};

/** What the rules make of the token; a client's scopes narrow what it reads. */
function treatedAs(actor: Actor): string {
  const base = EFFECTIVE[actor.effective];
  return actor.scopes ? `${base}: ${actor.scopes.join(', ')} only` : base;
}

/** Claims as the token carries them; a preview's times relative to the request. */
function describeClaims(actor: Actor): string {
  if (actor.uid === null) return '(no token)';
  const claims = actor.claims as Record<string, unknown>;
  const iat = typeof claims.iat === 'number' ? claims.iat : null;
  const parts = Object.entries(claims)
    .filter(([key]) => key !== 'iat')
    .map(([key, value]) => {
      if (key === 'auth_time' && typeof value === 'number' && iat !== null) {
        const age = iat - value;
        return age <= 0 ? 'auth_time: now' : `auth_time: now − ${age} s`;
      }
      return `${key}: ${JSON.stringify(value)}`;
    });
  return parts.length ? `\`${parts.join(', ')}\`` : '(no custom claims)';
}

interface QueryInternals {
  _query: {
    path: { canonicalString(): string };
    collectionGroup: string | null;
    filters: { field: { canonicalString(): string }; op: string; value: unknown }[];
  };
}

/** A Firestore value (protobuf JSON) as written in a query. */
function formatValue(value: unknown): string {
  const v = value as Record<string, unknown>;
  if ('stringValue' in v) return `'${String(v.stringValue)}'`;
  if ('integerValue' in v) return String(v.integerValue);
  if ('doubleValue' in v) return String(v.doubleValue);
  if ('booleanValue' in v) return String(v.booleanValue);
  if ('nullValue' in v) return 'null';
  if ('arrayValue' in v) return `[${(((v.arrayValue as { values?: unknown[] }).values ?? []) as unknown[]).map(formatValue).join(', ')}]`;
  return JSON.stringify(value);
}

/** The collection a list query reads, and its filters. */
function describeQuery(q: Query): { collection: string; filters: string } {
  const internals = (q as unknown as QueryInternals)._query;
  const collection = q instanceof CollectionReference ? q.path : internals.path.canonicalString();
  if (internals.collectionGroup) throw new Error('matrix rows list collections, not collection groups');
  const filters = internals.filters.map((f) => `where('${f.field.canonicalString()}', '${f.op}', ${formatValue(f.value)})`).join(', ');
  return { collection, filters };
}

/** The document an operation of the row acts on (for a list: any document of its collection). */
function targetOf(row: MatrixRow, op: Op, db: Firestore): { path: string; note: string } {
  const actor = ACTORS.clientAcme;
  switch (op) {
    case 'get':
      return { path: (row.get as NonNullable<MatrixRow['get']>).path(actor), note: '' };
    case 'list': {
      const { collection, filters } = describeQuery((row.list as NonNullable<MatrixRow['list']>).query(db));
      return { path: `${collection}/${ANY_DOCUMENT}`, note: filters ? `query: ${filters}` : '' };
    }
    default:
      return { path: (row[op] as { path: (a: Actor, tag: string) => string }).path(actor, 'doc'), note: '' };
  }
}

/** The functions that say who is asking (the appendix). */
const IDENTITY_FUNCTIONS = [
  'isSignedIn',
  'claim',
  'isPreview',
  'isPreviewFresh',
  'role',
  'isAdmin',
  'isStaff',
  'isClient',
  'isClientOf',
  'opens',
  'hasScope',
  'isWorkClientOf',
  'isBillingClientOf',
  'isClientWriterOf',
  'isStaffWriter',
  'isAdminWriter',
  'profile',
  'isCurrentMember',
  'isCurrentClientOf',
];

const code = (s: string) => (s.includes('`') ? `\`\` ${s} \`\`` : `\`${s}\``);
const cell = (s: string) => s.replace(/\|/g, '\\|');

function renderRow(row: MatrixRow, blocks: readonly MatchBlock[], db: Firestore): string {
  const ops = OPS.filter((op) => row[op] !== undefined);
  const out: string[] = [`### ${row.name}`, ''];
  out.push(`| actor | ${ops.join(' | ')} |`, `| --- | ${ops.map(() => ':---:').join(' | ')} |`);
  for (const actor of ALL_ACTORS) {
    const cells = ops.map((op) => ((row.allow[op] ?? []).includes(actor.key) ? '✅' : '❌'));
    out.push(`| ${cell(actor.label)} | ${cells.join(' | ')} |`);
  }
  out.push('', 'Decided by (firestore.rules; any true condition grants):', '');
  for (const op of ops) {
    const { path, note } = targetOf(row, op, db);
    const rules = applicable(blocks, path, op);
    const where = note ? ` (${code(note)})` : '';
    if (rules.length === 0) {
      out.push(`- **${op}**${where}: no \`allow\` statement matches, so it is denied to everyone.`);
      continue;
    }
    const conditions = rules.map(({ block, allow }) => `${code(allow.condition)} — \`match ${block.path}\`, \`allow ${allow.ops.join(', ')}\``);
    out.push(`- **${op}**${where}: ${conditions.join('; or ')}`);
  }
  out.push('');
  return out.join('\n');
}

export function renderAccessMarkdown(rulesSource: string = readFileSync(RULES, 'utf8')): string {
  const blocks = parseRules(rulesSource);
  const app = initializeApp({ projectId: 'demo-access-md' }, `access-md-${Date.now()}`);
  try {
    const db = getFirestore(app);
    const cases = SECTIONS.reduce((n, s) => n + s.rows.reduce((m, r) => m + OPS.filter((op) => r[op]).length * ALL_ACTORS.length, 0), 0);
    const out: string[] = [
      '# Access matrix',
      '',
      `<!-- Generated from rules-tests/matrix/*.ts and firestore.rules by \`${REGENERATE}\`. Do not edit by hand. -->`,
      '',
      'Who may read and write what in Agency OS, path by path. Every cell below is a test: the rules',
      'suite (`rules-tests/`) sends that request as that actor to the Firestore emulator running this',
      `repository's \`firestore.rules\` and expects exactly the outcome shown: ${cases} cells, each its own test, run in CI on every`,
      'change. A ❌ only counts if, in the same run, the same request succeeds for an actor who is',
      'allowed (or with the rules disabled, as Cloud Functions write), so a denial always comes from who',
      'asks, never from a malformed request.',
      '',
      'Beyond these tables the suite checks the content of every write (allowed keys, types, sizes,',
      'enum values, who may change which field) in each collection’s own tests, and fuzzes random',
      'documents as a client. Cloud Functions use the Admin SDK, which these rules do not govern.',
      '',
      '## Who asks',
      '',
      'Tenant isolation is the path: everything a client may see lives under `companies/{companyId}/…`,',
      'and a client token names one company. Roles come from custom claims that only Cloud Functions set.',
      `A “View as” preview reads exactly as the client for ${PREVIEW_MAX_AGE_SECONDS / 60} minutes from its sign-in and writes nothing.`,
      'A client token may name `scopes`: `work` (projects, tasks, replies, requests, approvals) and `billing`',
      '(invoices, payments); a token without the claim has both. Malformed claims count as no role at all.',
      '',
      '| actor | token (custom claims) | treated as |',
      '| --- | --- | --- |',
      ...ALL_ACTORS.map((a) => `| ${cell(a.label)} | ${cell(describeClaims(a))} | ${treatedAs(a)} |`),
      '',
      'The tables use the demo tenants: `acme` is the company of “client of acme”, `globex` another',
      'company. ✅ allowed, ❌ denied; an operation a path’s table leaves out is covered by another table',
      'of the same path.',
      '',
    ];
    for (const section of SECTIONS) {
      out.push(`## ${section.title}`, '', section.summary, '');
      for (const row of section.rows) out.push(renderRow(row, blocks, db));
    }
    out.push(
      '## Who is asking, in the rules',
      '',
      'The conditions above build on these functions of `firestore.rules`. Reads are decided by the',
      'token’s claims only: no document is read to decide a read. Writes also read the caller’s own',
      'profile (`profile()`, one `get()`), so a revoked or changed account writes nothing at once. The',
      '`isValid…` functions they combine with check the content of writes; see `firestore.rules`.',
      '',
    );
    const functions = new Map(parseFunctions(rulesSource).map((f) => [f.name, f]));
    for (const name of IDENTITY_FUNCTIONS) {
      const f = functions.get(name);
      if (!f) throw new Error(`firestore.rules has no function ${name}`);
      out.push(`- ${code(`${f.name}(${f.params})`)}: ${code(f.body)}${f.comment ? ` — ${f.comment}` : ''}`);
    }
    return `${out.join('\n').trimEnd()}\n`;
  } finally {
    void deleteApp(app);
  }
}
