/** Size limits shared by the rules (mirrored in firestore.rules), callables and UI. */
export const LIMITS = {
  replyBody: 5000,
  noteBody: 10000,
  shortText: 200,
  longText: 20000,
  lineItems: 100,
  deliverables: 50,
  team: 50,
  cards: 3,
  requestTitle: 200,
  requestDescription: 5000,
  decisionReason: 2000,
  approvalComment: 5000,
  /** an expense's description */
  expenseDescription: 500,
  /** a time entry's note */
  timeNote: 1000,
  /** one time entry: at most a day */
  minutesPerEntry: 1440,
  /** a staff member's capacity: the hours of a week */
  capacityHoursPerWeek: 168,
  /** largest money amount in minor units */
  money: 1_000_000_000_00,
} as const;

/**
 * Team members one write may add to a project (firestore.rules areTeamMembers: rules cannot loop,
 * so each new entry is checked at a fixed position). The team itself holds LIMITS.team.
 */
export const TEAM_MEMBERS_ADDED_PER_WRITE = 25;

/**
 * The characters of a document id or uid that other documents refer to (the rules' `isId`):
 * Functions build field paths (`cells.<uid>.<companyId>`) and joined ids (`<companyId>~<taskId>`)
 * from them, so no '.', '~' or '/'. Firestore's reserved `__names__` are refused beside it
 * (RESERVED_ID), and the length is 1–128.
 */
export const ID_CHARS = '[A-Za-z0-9_:-]+';
export const RESERVED_ID = '__.*__';

/** Whether `value` is such an id (the rules' `isId`, for code that reads documents written before it). */
// The patterns are built in the call, not at module level: a module-level `new RegExp` is a side
// effect the bundler keeps, and the login page and portal import this module for LIMITS.
export function isSafeId(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= 128 && new RegExp(`^${ID_CHARS}$`).test(value) && !new RegExp(`^${RESERVED_ID}$`).test(value);
}
