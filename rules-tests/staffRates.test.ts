/** staffRates/{uid} (DESIGN §4): hourly and cost rates, admin only. */
import { doc, setDoc } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { paths } from '@model';
import { ACTORS, dbOf } from './support/actors';
import { expectAllowed, expectDenied } from './support/counter';
import { build } from './support/fixtures';
import { useRulesEnv } from './support/harness';
import { rows } from './matrix/staffRates';
import { runMatrix } from './support/matrix';

useRulesEnv('staffRates');

const rate = (tag: string) => `${paths.staffRates()}/${tag}`;

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
