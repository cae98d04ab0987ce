/**
 * companies/{c}/requests/{id} (DESIGN §4, issue 14): a client's request for new work. The
 * company's clients with the work scope read every request of the company, submit their own and
 * withdraw their own while it is submitted; staff read and decide; nobody deletes one.
 */
import { collection } from 'firebase/firestore';
import { paths } from '@model';
import { ACME, ACTORS } from '../support/actors';
import { build, declineBy, ids, storedRequestBy } from '../support/fixtures';
import { ACME_CLIENT_WRITERS, ACME_WORK_READERS, NOBODY, STAFF, type MatrixRow } from '../support/matrix-rows';

const request = (id: string) => paths.request(ACME, id);

export const rows: MatrixRow[] = [
  {
    name: 'companies/{c}/requests/{id}',
    get: { path: () => request(ids.request) },
    list: { query: (db) => collection(db, paths.requests(ACME)) },
    // each actor submits a request as themselves
    create: { path: (_a, tag) => request(tag), data: (actor) => build.request(actor) },
    // each actor withdraws a request they submitted themselves
    update: { path: (_a, tag) => request(tag), existing: (actor) => storedRequestBy(actor), data: () => ({ status: 'withdrawn' }) },
    delete: { path: (_a, tag) => request(tag), existing: (actor) => storedRequestBy(actor) },
    allow: { get: ACME_WORK_READERS, list: ACME_WORK_READERS, create: ACME_CLIENT_WRITERS, update: ACME_CLIENT_WRITERS, delete: NOBODY },
  },
  {
    name: 'companies/{c}/requests/{id} (decline, as the one deciding)',
    // the acme client's submitted request, declined with a reason by each actor as themselves
    update: { path: (_a, tag) => request(`decide-${tag}`), existing: () => storedRequestBy(ACTORS.clientAcme), data: (actor) => declineBy(actor) },
    allow: { update: STAFF },
  },
];
