/** companies/{c}/projects/{p} and …/private/finance (DESIGN §4). */
import { doc, getDoc, setDoc, updateDoc } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { LIMITS, paths } from '@model';
import { ACME, dbOf } from './support/actors';
import { expectAllowed, expectDenied } from './support/counter';
import { build, put } from './support/fixtures';
import { useRulesEnv } from './support/harness';
import { rows } from './matrix/projects';
import { runMatrix } from './support/matrix';
import { financeFields, projectEdit, projectFields, updateProject } from '../web/src/console/projects/writes';

useRulesEnv('projects');

/** New team members one write may add (firestore.rules areTeamMembers). */
const TEAM_PER_WRITE = 25;

runMatrix(rows);

describe('field escalation', () => {
  const project = paths.project(ACME, 'p-escalation');

  for (const [label, change] of [
    ['a status outside the enum', { status: 'cancelled' }],
    ['an end date before the start date', { endDate: '2025-12-31' }],
    ['a date that is not YYYY-MM-DD', { startDate: '01/05/2026' }],
    ['a budget on the client-visible document', { budget: 4800000 }],
    ['a 20001-character description', { description: 'x'.repeat(20001) }],
    ['a team of 51', { team: Array.from({ length: 51 }, (_, i) => ({ uid: `u-${i}`, displayName: `P ${i}` })) }],
  ] as const) {
    it(`staff cannot save a project with ${label} (control: valid update)`, async () => {
      await put(project, build.project());
      await expectAllowed(updateDoc(doc(dbOf('staff'), project), { status: 'completed' }));
      await expectDenied(updateDoc(doc(dbOf('staff'), project), change));
    });
  }

  describe(`team, member by member (LIMITS.team ${LIMITS.team}; the rules check at most ${TEAM_PER_WRITE} new members per write)`, () => {
    const member = (i: number) => ({ uid: `u-${i}`, displayName: `Person ${i}` });
    const team = (n: number, bad?: { at: number; entry: unknown }) =>
      Array.from({ length: n }, (_, i) => (bad && bad.at === i ? bad.entry : member(i)));
    const save = (t: unknown[]) => updateDoc(doc(dbOf('staff'), project), { team: t });

    it(`a full team of ${LIMITS.team}, ${TEAM_PER_WRITE} new members per write: allowed; then renaming the last member: allowed`, async () => {
      await put(project, { ...build.project(), team: [] });
      await expectAllowed(save(team(TEAM_PER_WRITE)));
      await expectAllowed(save(team(LIMITS.team)));
      await expectAllowed(save(team(LIMITS.team, { at: LIMITS.team - 1, entry: { uid: 'u-last', displayName: 'Last Person' } })));
    });
    it(`a new project with ${TEAM_PER_WRITE} members: allowed; with ${TEAM_PER_WRITE + 1} new members in one write: denied`, async () => {
      await expectAllowed(setDoc(doc(dbOf('staff'), paths.project(ACME, 'p-team-25')), { ...build.project(), team: team(TEAM_PER_WRITE) }));
      await expectDenied(setDoc(doc(dbOf('staff'), paths.project(ACME, 'p-team-26')), { ...build.project(), team: team(TEAM_PER_WRITE + 1) }));
    });
    const badEntries: [string, unknown][] = [
      ['without a displayName', { uid: 'u-x' }],
      ['with an extra key', { uid: 'u-x', displayName: 'X', hourlyRate: 12000 }],
      ['with an empty displayName', { uid: 'u-x', displayName: '' }],
      ['with a uid containing a slash', { uid: 'u/x', displayName: 'X' }],
      // a line break must not hide what follows it (the red team's probe: a path in the uid)
      ['with a slash after a line break in the uid', { uid: 'u\n/../x/y', displayName: 'X' }],
      ['with a 129-character uid hidden behind a line break', { uid: `a\n${'z'.repeat(150)}`, displayName: 'X' }],
      ['with a displayName of two lines', { uid: 'u-x', displayName: 'Lee\nPark' }],
      ['with a 201-character displayName', { uid: 'u-x', displayName: 'x'.repeat(201) }],
      ['with a numeric uid', { uid: 7, displayName: 'X' }],
      ['that is a string', 'u-x'],
      ['that is null', null],
    ];
    for (const [label, entry] of badEntries) {
      for (const at of [LIMITS.team - 1, LIMITS.team / 2]) {
        it(`a member ${label} at index ${at} of a full team: denied (control: a valid member there)`, async () => {
          await put(project, { ...build.project(), team: team(LIMITS.team) });
          await expectDenied(save(team(LIMITS.team, { at, entry })));
          await expectAllowed(save(team(LIMITS.team, { at, entry: { uid: 'u-new', displayName: 'New Person' } })));
        });
      }
      it(`a member ${label} last of ${TEAM_PER_WRITE} in a new project: denied (control: all valid)`, async () => {
        const path = paths.project(ACME, `p-bad-${label.length}`);
        await expectDenied(setDoc(doc(dbOf('staff'), path), { ...build.project(), team: team(TEAM_PER_WRITE, { at: TEAM_PER_WRITE - 1, entry }) }));
        await expectAllowed(setDoc(doc(dbOf('staff'), path), { ...build.project(), team: team(TEAM_PER_WRITE) }));
      });
    }
  });

  it('a client cannot change a project of their company (control: staff)', async () => {
    await put(project, build.project());
    await expectDenied(updateDoc(doc(dbOf('clientAcme'), project), { status: 'completed' }));
    await expectAllowed(updateDoc(doc(dbOf('staff'), project), { status: 'completed' }));
  });

  for (const [label, change] of [
    ['a health outside the enum', { health: 'great' }],
    ['an unsupported currency', { currency: 'JPY' }],
    ['a fractional budget', { budget: 1.5 }],
    ['an engagement type outside the enum', { engagementType: 'hourly' }],
    ['an extra key', { margin: 0.4 }],
  ] as const) {
    it(`staff cannot save finance with ${label} (control: valid finance)`, async () => {
      const ref = doc(dbOf('staff'), paths.projectFinance(ACME, 'p-escalation'));
      await expectAllowed(setDoc(ref, build.finance()));
      await expectDenied(setDoc(ref, { ...build.finance(), ...change }));
    });
  }
});

describe('the console saving an edit a colleague overlapped (updateProject with projectEdit)', () => {
  const project = paths.project(ACME, 'p-overlap');
  const finance = paths.projectFinance(ACME, 'p-overlap');

  it('Sam moves the start date after Ada moved the end before it: both dates are written, so the save is not refused, and Ada’s budget and team member stay', async () => {
    const opened = { ...build.project(), startDate: '2026-01-05', endDate: '2026-04-30', team: [{ uid: 'u-sam', displayName: 'Sam' }] };
    await put(project, opened);
    await put(finance, build.finance());
    const before = { fields: projectFields(opened), finance: financeFields(build.finance()) };
    // Ada, meanwhile: an earlier end, a bigger budget, Lee on the team.
    const lee = { uid: 'u-lee', displayName: 'Lee' };
    await put(project, { ...opened, endDate: '2026-02-15', team: [...opened.team, lee] });
    await put(finance, { ...build.finance(), budget: build.finance().budget + 100_000 });
    const current = projectFields({ ...opened, endDate: '2026-02-15', team: [...opened.team, lee] });
    // Sam: start in March (his end date is April), engagement to retainer, Max added.
    const max = { uid: 'u-max', displayName: 'Max' };
    const edit = projectEdit(before, { fields: { ...before.fields, startDate: '2026-03-01', team: [...before.fields.team, max] }, finance: { ...before.finance, engagementType: 'retainer' } }, current);
    // control: the start date alone is refused against Ada's end date (the rules check the order)
    await expectDenied(updateDoc(doc(dbOf('staff'), project), { startDate: '2026-03-01' }));
    await expectAllowed(updateProject(dbOf('staff'), ACME, 'p-overlap', edit, build.finance()));
    const saved = (await getDoc(doc(dbOf('staff'), project))).data();
    expect([saved?.startDate, saved?.endDate]).toEqual(['2026-03-01', '2026-04-30']);
    expect(saved?.team).toEqual([{ uid: 'u-sam', displayName: 'Sam' }, lee, max]);
    const savedFinance = (await getDoc(doc(dbOf('staff'), finance))).data();
    expect(savedFinance).toMatchObject({ engagementType: 'retainer', budget: build.finance().budget + 100_000 });
  });
});
