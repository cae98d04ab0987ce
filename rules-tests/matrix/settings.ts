/** settings/branding and settings/portal (DESIGN §4): public branding, portal settings for roles, admin writes. */
import { collection } from 'firebase/firestore';
import { paths } from '@model';
import { build } from '../support/fixtures';
import { ADMIN, EVERYONE, NOBODY, WITH_ROLE, type MatrixRow } from '../support/matrix-rows';

export const rows: MatrixRow[] = [
  {
    name: 'settings/branding',
    singleton: true,
    get: { path: () => paths.branding() },
    // Nobody lists `settings`: the collection holds documents no one may read.
    list: { query: (db) => collection(db, 'settings') },
    create: { path: () => paths.branding(), data: () => build.branding() },
    update: { path: () => paths.branding(), existing: () => build.branding(), data: () => ({ agencyName: 'Northwind & Co' }) },
    delete: { path: () => paths.branding(), existing: () => build.branding() },
    allow: { get: EVERYONE, list: NOBODY, create: ADMIN, update: ADMIN, delete: NOBODY },
  },
  {
    name: 'settings/portal',
    singleton: true,
    get: { path: () => paths.portalSettings() },
    list: { query: (db) => collection(db, 'settings') },
    create: { path: () => paths.portalSettings(), data: () => build.portal() },
    update: { path: () => paths.portalSettings(), existing: () => build.portal(), data: () => ({ welcomeMessage: 'Hello again.' }) },
    delete: { path: () => paths.portalSettings(), existing: () => build.portal() },
    allow: { get: WITH_ROLE, list: NOBODY, create: ADMIN, update: ADMIN, delete: NOBODY },
  },
];

