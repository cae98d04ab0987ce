/** staff/{uid} (DESIGN §4): the team directory; staff read, admin writes. */
import { doc, setDoc } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { paths } from '@model';
import { ACTORS, dbOf } from './support/actors';
import { expectAllowed, expectDenied } from './support/counter';
import { build } from './support/fixtures';
import { useRulesEnv } from './support/harness';
import { rows } from './matrix/staff';
import { runMatrix } from './support/matrix';

useRulesEnv('staff');

const member = (tag: string) => `${paths.staff()}/${tag}`;

runMatrix(rows);

describe('field escalation', () => {
  const invalid: [string, object][] = [
    ['capacity above 168 hours', { capacityHoursPerWeek: 169 }],
    ['negative capacity', { capacityHoursPerWeek: -1 }],
    ['skills that are not a list', { skills: 'figma' }],
    ['51 skills', { skills: Array.from({ length: 51 }, (_, i) => `s${i}`) }],
    ['an hourly rate on the directory entry', { hourlyRate: 12000 }],
    ['active as a string', { active: 'yes' }],
    ['a 201-character title', { title: 'x'.repeat(201) }],
    ['an empty display name', { displayName: '' }],
  ];
  for (const [label, change] of invalid) {
    it(`admin cannot write a staff entry with ${label} (control: valid entry)`, async () => {
      const ref = doc(dbOf('admin'), member('u-escalation'));
      await expectAllowed(setDoc(ref, build.staffMember()));
      await expectDenied(setDoc(ref, { ...build.staffMember(), ...change }));
    });
  }
  describe('skills, one by one (50 tags of 1–50 characters)', () => {
    const MAX = 50;
    const skills = (bad?: { at: number; entry: unknown }) =>
      Array.from({ length: MAX }, (_, i) => (bad && bad.at === i ? bad.entry : `${i}`.padEnd(MAX, 's')));
    const save = (list: unknown[]) => setDoc(doc(dbOf('admin'), member('u-skills')), { ...build.staffMember(), skills: list });

    it(`${MAX} skills of ${MAX} characters each: allowed`, async () => {
      await expectAllowed(save(skills()));
    });
    const badEntries: [string, unknown][] = [
      ['of 51 characters', 'x'.repeat(51)],
      ['of 10,199 characters in 200 lines (a line break is not a new skill)', Array.from({ length: 200 }, () => 'y'.repeat(50)).join('\n')],
      ['of two lines', 'figma\ncss'],
      ['that is empty', ''],
      ['that is a number', 7],
      ['that is a map', { name: 'figma' }],
    ];
    for (const [label, entry] of badEntries) {
      for (const at of [MAX - 1, MAX / 2, 0]) {
        it(`a skill ${label} at index ${at} of ${MAX}: denied (control: the ${MAX} valid skills)`, async () => {
          await expectDenied(save(skills({ at, entry })));
          await expectAllowed(save(skills()));
        });
      }
    }
  });

  it('staff cannot edit their own directory entry (control: admin)', async () => {
    const path = member(ACTORS.staff.uid ?? '');
    await expectDenied(setDoc(doc(dbOf('staff'), path), { ...build.staffMember(), title: 'CEO' }));
    await expectAllowed(setDoc(doc(dbOf('admin'), path), { ...build.staffMember(), title: 'Designer II' }));
  });
});
