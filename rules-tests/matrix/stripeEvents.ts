/** stripeEvents/{eventId} (DESIGN §4–5): Stripe idempotency records, Functions only — no user reads or writes. */
import { collection } from 'firebase/firestore';
import { paths } from '@model';
import { build, ids } from '../support/fixtures';
import { NOBODY, type MatrixRow } from '../support/matrix-rows';

const event = (id: string) => `${paths.stripeEvents()}/${id}`;

export const rows: MatrixRow[] = [
  {
    name: 'stripeEvents/{eventId}',
    get: { path: () => event(ids.stripeEvent) },
    list: { query: (db) => collection(db, paths.stripeEvents()) },
    create: { path: (_a, tag) => event(tag), data: () => build.stripeEvent() },
    update: { path: (_a, tag) => event(tag), existing: () => build.stripeEvent(), data: () => ({ type: 'charge.refunded' }) },
    delete: { path: (_a, tag) => event(tag), existing: () => build.stripeEvent() },
    allow: { get: NOBODY, list: NOBODY, create: NOBODY, update: NOBODY, delete: NOBODY },
  },
];

