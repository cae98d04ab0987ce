/**
 * The rules spell out the model's enums as literal lists (rules cannot import TypeScript). This
 * checks every such list against its source in functions/src/model, so a value added to the
 * model cannot be silently refused — or a removed one still accepted — by the rules.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  APPROVAL_DECISIONS,
  CLIENT_VISIBLE_INVOICE_STATUSES,
  COMPANY_STATUSES,
  CURRENCIES,
  ENGAGEMENT_TYPES,
  EXPENSE_CATEGORIES,
  LINE_ITEM_KINDS,
  PORTAL_SCOPES,
  PROJECT_HEALTH,
  PROJECT_STATUSES,
  STAFF_ROLLUP_KINDS,
  TASK_PRIORITIES,
  TASK_STATUSES,
} from '@model';
import { RULES_FILE } from './support/env';

const rules = readFileSync(RULES_FILE, 'utf8');

/** The quoted values of the list that follows `<lead> in [` (the first one after `within`, if given). */
function listAfter(lead: string, within?: string): string[] {
  const start = within ? rules.indexOf(within) : 0;
  expect(start, `firestore.rules has no "${within}"`).toBeGreaterThanOrEqual(0);
  const at = rules.indexOf(`${lead} in [`, start);
  expect(at, `firestore.rules has no "${lead} in [" after "${within ?? 'the start'}"`).toBeGreaterThanOrEqual(0);
  const body = rules.slice(at + lead.length + 4, rules.indexOf(']', at));
  return [...body.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
}

const CASES: [string, string, string | undefined, readonly string[]][] = [
  ['currencies (isCurrency)', 'value', 'function isCurrency', CURRENCIES],
  ['company statuses', 'd.status', 'function isValidCompany', COMPANY_STATUSES],
  ['project statuses', 'd.status', 'function isValidProject', PROJECT_STATUSES],
  ['engagement types', 'd.engagementType', 'function isValidFinance', ENGAGEMENT_TYPES],
  ['project health', 'd.health', 'function isValidFinance', PROJECT_HEALTH],
  ['task statuses', 'd.status', 'function isValidTask', TASK_STATUSES],
  ['task priorities', 'd.priority', 'function isValidTask', TASK_PRIORITIES],
  ['expense categories', 'd.category', 'function isValidExpense', EXPENSE_CATEGORIES],
  ['invoice statuses a client reads', 'status', 'function isClientVisible', CLIENT_VISIBLE_INVOICE_STATUSES],
  ['rollup kinds staff read', 'resource.data.kind', 'match /rollups/{rollupId}', STAFF_ROLLUP_KINDS],
  ['approval decisions', 'd.decision', 'function isValidApproval', APPROVAL_DECISIONS],
];

describe('rules enums match the model', () => {
  for (const [label, lead, within, values] of CASES) {
    it(`${label}: the rules list exactly the model's values`, () => {
      expect([...listAfter(lead, within)].sort()).toEqual([...values].sort());
    });
  }

  it('portal scopes: a contact\'s scopes list (isScopeList) allows exactly the model\'s values, each once', () => {
    const at = rules.indexOf('function isScopeList');
    expect(at, 'firestore.rules has isScopeList').toBeGreaterThanOrEqual(0);
    const body = rules.slice(at, rules.indexOf('}', at));
    const only = /l\.hasOnly\(\[([^\]]*)\]\)/.exec(body);
    expect(only, 'isScopeList has l.hasOnly([...])').not.toBeNull();
    expect([...only![1]!.matchAll(/'([^']*)'/g)].map((m) => m[1]).sort()).toEqual([...PORTAL_SCOPES].sort());
    expect(body).toContain(`l.size() <= ${PORTAL_SCOPES.length}`);
  });

  it('portal scopes: the claims the rules check are the model\'s values', () => {
    for (const scope of PORTAL_SCOPES) expect(rules).toContain(`hasScope('${scope}')`);
    expect([...rules.matchAll(/hasScope\('([^']*)'\)/g)].map((m) => m[1]).filter((s) => !(PORTAL_SCOPES as readonly string[]).includes(s!))).toEqual([]);
  });

  it('invoice line kinds: the rules expression names exactly the model kinds', () => {
    const match = /\(((?:\w+\|)+\w+)\)/.exec(rules.slice(rules.indexOf('function isLineItem(')));
    expect(match, 'isLineItem has a (kind|kind) alternation').not.toBeNull();
    expect(match![1]!.split('|').sort()).toEqual([...LINE_ITEM_KINDS].sort());
  });
});
