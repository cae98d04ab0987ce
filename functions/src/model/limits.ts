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
  /** largest money amount in minor units */
  money: 1_000_000_000_00,
} as const;
