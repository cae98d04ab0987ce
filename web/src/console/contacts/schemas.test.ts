import { describe, expect, it } from 'vitest';
import { scopesSchema } from './schemas';

describe('portal areas', () => {
  it('gives a contact at least one portal area, in PORTAL_SCOPES order', () => {
    expect(scopesSchema.safeParse({ work: true, billing: true })).toMatchObject({ success: true, data: ['work', 'billing'] });
    expect(scopesSchema.safeParse({ work: false, billing: true })).toMatchObject({ success: true, data: ['billing'] });
    expect(scopesSchema.safeParse({ work: false, billing: false }).success).toBe(false);
  });
});
