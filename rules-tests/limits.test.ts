/**
 * The rules spell out the model's size limits as numbers (rules cannot import TypeScript). This
 * checks each one against LIMITS (functions/src/model/limits.ts), where the forms and callables
 * read them, and that every other size bound in the rules is a format bound listed here with its
 * reason: a number added to the rules has to be either.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ID_CHARS, LIMITS, PORTAL_SCOPES, RESERVED_ID, TEAM_MEMBERS_ADDED_PER_WRITE } from '@model';
import { parseFunctions } from './access/rules-parser';
import { RULES_FILE } from './support/env';

const rules = readFileSync(RULES_FILE, 'utf8');
const functions = parseFunctions(rules);

/** The body of each function of that name (one line each; a name may be defined in several blocks). */
function bodiesOf(name: string): string[] {
  const found = functions.filter((f) => f.name === name).map((f) => f.body);
  expect(found.length, `firestore.rules has a function ${name}`).toBeGreaterThan(0);
  return found;
}

type LimitKey = keyof typeof LIMITS;

/** [function, the expression as the rules write it (with the limit), the LIMITS key]. */
const LIMIT_CHECKS: [string, (n: number) => string, LimitKey][] = [
  ['isShortText', (n) => `isText(value, 0, ${n})`, 'shortText'],
  ['isName', (n) => `isText(value, 1, ${n})`, 'shortText'],
  ['isLongText', (n) => `isText(value, 0, ${n})`, 'longText'],
  ['isMoney', (n) => `value <= ${n}`, 'money'],
  ['isValidManualPayment', (n) => `d.amount <= ${n}`, 'money'],
  ['isLineItem', (n) => `|${n})`, 'money'],
  ['isLineItem', (n) => `[^\\\\n]{1,${n}}\\\\n(hourly`, 'shortText'],
  ['isTeamMember', (n) => `\\\\n[^\\\\n]{1,${n}}')`, 'shortText'],
  ['isDeliverable', (n) => `.matches('[^\\\\n]{1,${n}}\\\\n[^\\\\n]{0,${n}}`, 'shortText'],
  ['isTeam', (n) => `l.size() <= ${n}`, 'team'],
  ['isDeliverableList', (n) => `l.size() <= ${n}`, 'deliverables'],
  ['isLineItemList', (n) => `l.size() <= ${n}`, 'lineItems'],
  ['isValidPortalSettings', (n) => `d.cards.size() == ${n}`, 'cards'],
  ['isValidClientReplyCreate', (n) => `isText(d.body, 1, ${n})`, 'replyBody'],
  ['isValidClientReplyEdit', (n) => `isText(data().body, 1, ${n})`, 'replyBody'],
  ['isValidStaffReply', (n) => `isText(d.body, 1, ${n})`, 'replyBody'],
  ['isValidStaffReplyEdit', (n) => `isText(data().body, 1, ${n})`, 'replyBody'],
  ['isValidNote', (n) => `isText(d.body, 1, ${n})`, 'noteBody'],
  ['isValidNoteEdit', (n) => `isText(data().body, 1, ${n})`, 'noteBody'],
  ['isValidStaff', (n) => `d.capacityHoursPerWeek <= ${n}`, 'capacityHoursPerWeek'],
  ['isValidTimeEntry', (n) => `d.minutes <= ${n}`, 'minutesPerEntry'],
  ['isValidTimeEntry', (n) => `isText(d.note, 0, ${n})`, 'timeNote'],
  ['isValidExpense', (n) => `isText(d.description, 0, ${n})`, 'expenseDescription'],
  ['isValidRequestCreate', (n) => `isText(d.title, 1, ${n})`, 'requestTitle'],
  ['isValidRequestCreate', (n) => `isText(d.description, 0, ${n})`, 'requestDescription'],
  ['isValidDecision', (n) => `isText(data().decisionReason, 1, ${n})`, 'decisionReason'],
  ['isValidDecision', (n) => `isText(data().decisionReason, 0, ${n})`, 'decisionReason'],
  ['isValidApproval', (n) => `isText(d.comment, d.decision == 'changes_requested' ? 1 : 0, ${n})`, 'approvalComment'],
];

/**
 * Bounds that are formats, not product limits, so LIMITS does not carry them: [function, the
 * expression, why]. Anything else the scan below finds must be in LIMIT_CHECKS.
 */
const FORMAT_BOUNDS: [string, string, string][] = [
  ['isUrlOrEmpty', 'value.size() <= 2000', 'a URL (what browsers handle comfortably)'],
  ['isId', 'value.size() <= 128', 'a document id or uid'],
  ['isValidCrm', 'd.ownerUid.size() <= 128', 'a uid'],
  ['isValidBranding', 'd.customDomain.size() <= 253', 'a DNS name (RFC 1035)'],
  ['isValidContact', 'd.email.size() <= 254', 'an email address (RFC 5321)'],
  ['isCard', 'isText(card.description, 0, 500)', 'a portal card (settings form states it)'],
  ['isCard', 'card.link.size() <= 2000', 'a URL'],
  ['isValidPortalSettings', 'isText(d.welcomeMessage, 0, 2000)', 'the portal welcome (settings form states it)'],
  ['isSkillList', 'l.size() <= 50', 'skill tags (team form states it)'],
  ['isValidInvoiceContent', 'isText(d.number, 1, 40)', 'an invoice number'],
  ['isTeamMember', 'x.size() == 2', 'its keys: uid, displayName'],
  ['isDeliverable', 'x.size() == 5', 'its keys: name, size, contentType, addedAt, url or storagePath'],
  ['isLineItem', 'x.size() == 4', 'its keys: description, kind, quantity, unitAmount'],
  ['isScopeList', `l.size() <= ${PORTAL_SCOPES.length}`, 'PORTAL_SCOPES, each at most once'],
];

/** Functions whose numbers are list positions and per-write caps (see "lists, entry by entry"). */
const POSITIONAL = /^are[A-Z]\w*$/;

/** Every size bound a function body states: isText(x, min, max), `… <= n`, `… == n`, `… < n`. */
function boundsIn(body: string): string[] {
  const found: string[] = [];
  for (const m of body.matchAll(/isText\([^(),]+(?:\(\))?[^(),]*, \d+, (\d+)\)/g)) found.push(m[0]);
  const rest = body.replace(/isText\([^(),]+(?:\(\))?[^(),]*, \d+, \d+\)/g, '');
  for (const m of rest.matchAll(/([\w.]+(?:\(\))?) (<=|==|<) (\d+)\b/g)) {
    if (Number(m[3]) > 1) found.push(m[0]);
  }
  return found;
}

describe('rules size limits match LIMITS', () => {
  for (const [name, expression, key] of LIMIT_CHECKS) {
    const text = expression(LIMITS[key]);
    it(`${name}: ${text} (LIMITS.${key} = ${LIMITS[key]})`, () => {
      for (const body of bodiesOf(name)) expect(body, `${name} states LIMITS.${key}`).toContain(text);
    });
  }

  it('every other size bound in the rules is a listed format bound', () => {
    const unexplained: string[] = [];
    for (const f of functions) {
      if (POSITIONAL.test(f.name)) continue;
      for (const bound of boundsIn(f.body)) {
        const limit = LIMIT_CHECKS.some(([name, expression, key]) => name === f.name && expression(LIMITS[key]).includes(bound));
        const format = FORMAT_BOUNDS.some(([name, expression]) => name === f.name && expression === bound);
        if (!limit && !format) unexplained.push(`${f.name}: ${bound}`);
      }
    }
    expect(unexplained, 'bounds neither in LIMIT_CHECKS (LIMITS) nor in FORMAT_BOUNDS').toEqual([]);
  });

  it(`areTeamMembers lets one write add ${TEAM_MEMBERS_ADDED_PER_WRITE} team members, as the project form allows (TEAM_MEMBERS_ADDED_PER_WRITE)`, () => {
    for (const body of bodiesOf('areTeamMembers')) expect(body).toContain(`c <= ${TEAM_MEMBERS_ADDED_PER_WRITE}`);
  });

  it(`isId states the model's id characters (${ID_CHARS}) and refuses ${RESERVED_ID}`, () => {
    const [body] = bodiesOf('isId');
    expect(body).toContain(`value.matches('${ID_CHARS}')`);
    expect(body).toContain(`!value.matches('${RESERVED_ID}')`);
  });

  it('every listed format bound is still in the rules', () => {
    for (const [name, expression] of FORMAT_BOUNDS) {
      expect(bodiesOf(name).some((body) => body.includes(expression)), `${name}: ${expression}`).toBe(true);
    }
  });
});
