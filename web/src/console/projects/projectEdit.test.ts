import { describe, expect, it } from 'vitest';
import { addedMembers } from './schemas';
import { projectEdit, type FinanceFields, type ProjectFields } from './writes';

const fields: ProjectFields = {
  name: 'Website redesign',
  description: 'New site',
  status: 'active',
  startDate: '2026-01-05',
  endDate: '2026-04-30',
  team: [{ uid: 'u-sam', displayName: 'Sam' }],
};
const finance: FinanceFields = { engagementType: 'fixed_fee', currency: 'USD', budget: 3_600_000 };

describe('projectEdit: saving an edited project writes only what the person changed', () => {
  it('a description edit writes the description alone: the budget, status and team are left as they are on the server', () => {
    const edit = projectEdit({ fields, finance }, { fields: { ...fields, description: '  New site, phase 2 ' }, finance });
    expect(edit).toEqual({ fields: { description: 'New site, phase 2' }, finance: null });
  });

  it('a finance change writes the fields changed: the engagement alone, a budget with its currency', () => {
    expect(projectEdit({ fields, finance }, { fields, finance: { ...finance, budget: 4_000_000 } }).finance).toEqual({ budget: 4_000_000, currency: 'USD' });
    expect(projectEdit({ fields, finance }, { fields, finance: { ...finance, engagementType: 'retainer' } }).finance).toEqual({ engagementType: 'retainer' });
    expect(projectEdit({ fields, finance }, { fields, finance: { ...finance, currency: 'EUR' } }).finance).toEqual({ budget: 3_600_000, currency: 'EUR' });
  });

  it('one date changed writes both (the rules check their order against each other)', () => {
    expect(projectEdit({ fields, finance }, { fields: { ...fields, startDate: '2026-02-01' }, finance })).toEqual({
      fields: { startDate: '2026-02-01', endDate: '2026-04-30' },
      finance: null,
    });
  });

  it('a team change applies who was added and removed to the team as it is now: a member a colleague added meanwhile stays', () => {
    const ada = { uid: 'u-ada', displayName: 'Ada' };
    const lee = { uid: 'u-lee', displayName: 'Lee' };
    const max = { uid: 'u-max', displayName: 'Max' };
    const now = { ...fields, team: [...fields.team, lee] };
    expect(projectEdit({ fields, finance }, { fields: { ...fields, team: [...fields.team, ada] }, finance }, now)).toEqual({ fields: { team: [...fields.team, lee, ada] }, finance: null });
    expect(projectEdit({ fields, finance }, { fields: { ...fields, team: [] }, finance }, now).fields).toEqual({ team: [lee] });
    expect(projectEdit({ fields, finance }, { fields: { ...fields, team: [max] }, finance }, { ...fields, team: [max] }).fields).toEqual({ team: [max] });
  });

  it('a project with no finance record yet gets one written with what the form holds', () => {
    expect(projectEdit({ fields, finance: null }, { fields, finance })).toEqual({ fields: {}, finance });
  });

  it('nothing changed writes nothing', () => {
    expect(projectEdit({ fields, finance }, { fields: { ...fields, team: fields.team.map((m) => ({ ...m })) }, finance: { ...finance } })).toEqual({ fields: {}, finance: null });
  });
});

describe('addedMembers: what one save adds to a team (the rules take at most 25 per write)', () => {
  const people = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ uid: `u${from + i}`, displayName: `Person ${from + i}` }));

  it('counts the people new to the team, and a renamed entry as new, as the rules do', () => {
    const team = people(30);
    expect(addedMembers([], team)).toBe(30);
    expect(addedMembers(team.slice(0, 20), team)).toBe(10);
    expect(addedMembers(team, team.slice(5))).toBe(0);
    expect(addedMembers(team.slice(0, 2), [{ uid: 'u0', displayName: 'Person 0 (renamed)' }, team[1]!])).toBe(1);
  });
});
