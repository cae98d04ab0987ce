/** companies/{c}/contacts/{id} (DESIGN §4): staff only; portal and uid change through Functions. */
import { collection } from 'firebase/firestore';
import { paths } from '@model';
import { ACME } from '../support/actors';
import { build, ids } from '../support/fixtures';
import { STAFF, type MatrixRow } from '../support/matrix-rows';

const contact = (id: string) => `${paths.contacts(ACME)}/${id}`;

export const rows: MatrixRow[] = [
  {
    name: 'companies/{c}/contacts/{id}',
    get: { path: () => contact(ids.contact) },
    list: { query: (db) => collection(db, paths.contacts(ACME)) },
    create: { path: (_a, tag) => contact(tag), data: () => build.contact() },
    update: { path: (_a, tag) => contact(tag), existing: () => build.contact(), data: () => ({ phone: '+1 555 0199' }) },
    delete: { path: (_a, tag) => contact(tag), existing: () => build.contact() },
    allow: { get: STAFF, list: STAFF, create: STAFF, update: STAFF, delete: STAFF },
  },
];

