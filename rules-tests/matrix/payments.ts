/** companies/{c}/payments/{id} (DESIGN §4): client and staff read; Functions write; admin records manual payments. */
import { collection } from 'firebase/firestore';
import { paths } from '@model';
import { ACME } from '../support/actors';
import { build, ids } from '../support/fixtures';
import { ACME_BILLING_READERS, ADMIN, NOBODY, type MatrixRow } from '../support/matrix-rows';

const payment = (id: string) => `${paths.payments(ACME)}/${id}`;

export const rows: MatrixRow[] = [
  {
    name: 'companies/{c}/payments/{id}',
    get: { path: () => payment(ids.payment) },
    list: { query: (db) => collection(db, paths.payments(ACME)) },
    create: { path: (_a, tag) => payment(tag), data: () => build.payment('manual') },
    update: { path: (_a, tag) => payment(tag), existing: () => build.payment('manual'), data: () => ({ amount: 1000 }) },
    delete: { path: (_a, tag) => payment(tag), existing: () => build.payment('manual') },
    allow: { get: ACME_BILLING_READERS, list: ACME_BILLING_READERS, create: ADMIN, update: NOBODY, delete: NOBODY },
  },
];

