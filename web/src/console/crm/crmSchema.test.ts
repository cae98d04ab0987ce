import { describe, expect, it } from 'vitest';
import { todayIso } from '../../lib/format';
import { addDays } from '../lib/dates';
import { crmSchema } from './schemas';

const form = { deal: '48000', stage: 'Proposal', source: 'Referral', ownerUid: 'u-ada' };

describe('the CRM form: the last interaction', () => {
  it("today is the server's now (a browser clock running fast would be refused by isPastOrNow); an earlier day is that day", () => {
    expect(crmSchema.parse({ ...form, last: todayIso() }).lastInteractionAt).toBe('now');
    const earlier = crmSchema.parse({ ...form, last: addDays(todayIso(), -3) }).lastInteractionAt;
    expect(earlier).toBeInstanceOf(Date);
    expect(crmSchema.parse({ ...form, last: '' }).lastInteractionAt).toBeNull();
  });

  it('a day in the future is refused with a reason', () => {
    const result = crmSchema.safeParse({ ...form, last: addDays(todayIso(), 2) });
    expect(result.error?.issues[0]?.message).toBe('The last interaction cannot be in the future.');
  });
});
