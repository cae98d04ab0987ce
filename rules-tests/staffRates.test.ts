/** staffRates/{uid} (DESIGN §4): hourly and cost rates, admin only. */
import { collection, doc, setDoc } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { paths } from '@model';
import { ACTORS, dbOf } from './support/actors';
import { expectAllowed, expectDenied } from './support/counter';
import { build } from './support/fixtures';
import { useRulesEnv } from './support/harness';
import { ADMIN, runMatrix, type MatrixRow } from './support/matrix';

useRulesEnv('staffRates');

const rate = (tag: string) => `${paths.staffRates()}/${tag}`;

const rows: MatrixRow[] = [
  {
    name: 'staffRates/{uid}',
    get: { path: () => rate(ACTORS.staff.uid ?? '') },
    list: { query: (db) => collection(db, paths.staffRates()) },
    create: { path: (_a, tag) => rate(tag), data: () => build.staffRate() },
    update: { path: (_a, tag) => rate(tag), existing: () => build.staffRate(), data: () => ({ hourlyRate: 13000 }) },
    delete: { path: (_a, tag) => rate(tag), existing: () => build.staffRate() },
    allow: { get: ADMIN, list: ADMIN, create: ADMIN, update: ADMIN, delete: ADMIN },
  },
];

runMatrix(rows);

describe('field escalation', () => {
  const invalid: [string, object][] = [
    ['a fractional rate', { hourlyRate: 120.5 }],
    ['a negative cost rate', { costRate: -1 }],
    ['a rate as a string', { hourlyRate: '12000' }],
    ['an unsupported currency', { currency: 'JPY' }],
    ['an extra key', { note: 'raise in June' }],
  ];
  for (const [label, change] of invalid) {
    it(`admin cannot save a rate with ${label} (control: valid rate)`, async () => {
      const ref = doc(dbOf('admin'), rate('u-escalation'));
      await expectAllowed(setDoc(ref, build.staffRate()));
      await expectDenied(setDoc(ref, { ...build.staffRate(), ...change }));
    });
  }
  it('staff cannot read or set their own rate (control: admin)', async () => {
    const path = rate(ACTORS.staff.uid ?? '');
    await expectDenied(setDoc(doc(dbOf('staff'), path), { ...build.staffRate(), hourlyRate: 99999 }));
    await expectAllowed(setDoc(doc(dbOf('admin'), path), build.staffRate()));
  });
});
