/** companies/{c} and companies/{c}/private/crm (DESIGN §4): the tenant and its internal CRM fields. */
import { collection } from 'firebase/firestore';
import { paths } from '@model';
import { ACME } from '../support/actors';
import { build, EARLIER } from '../support/fixtures';
import { ACME_READERS, ADMIN, NOBODY, STAFF, type MatrixRow } from '../support/matrix-rows';

export const rows: MatrixRow[] = [
  {
    name: 'companies/{c}',
    get: { path: () => paths.company(ACME) },
    list: { query: (db) => collection(db, paths.companies()) },
    create: { path: (_a, tag) => paths.company(tag), data: () => build.company() },
    update: {
      path: (_a, tag) => paths.company(tag),
      existing: () => build.company(EARLIER),
      data: () => ({ website: 'https://acme.example' }),
    },
    delete: { path: (_a, tag) => paths.company(tag), existing: () => build.company(EARLIER) },
    allow: { get: ACME_READERS, list: STAFF, create: STAFF, update: STAFF, delete: ADMIN },
  },
  {
    name: 'companies/{c}/private/crm',
    singleton: true,
    get: { path: () => paths.companyCrm(ACME) },
    // Nobody lists `private`: only the literal crm document has a rule.
    list: { query: (db) => collection(db, `${paths.company(ACME)}/private`) },
    create: { path: () => paths.companyCrm(ACME), data: () => build.crm() },
    update: { path: () => paths.companyCrm(ACME), existing: () => build.crm(), data: () => ({ stage: 'negotiation' }) },
    delete: { path: () => paths.companyCrm(ACME), existing: () => build.crm() },
    allow: { get: STAFF, list: NOBODY, create: STAFF, update: STAFF, delete: STAFF },
  },
];

