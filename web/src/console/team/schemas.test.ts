import { describe, expect, it } from 'vitest';
import { memberSchema } from './schemas';

// The console refuses what firestore.rules (isSkillList) refuses, with words, before any write.
describe('team member form', () => {
  it('skills: at most 50, each at most 50 characters', () => {
    const base = { displayName: 'Sam', title: '', capacity: '40', hourly: '', cost: '', currency: 'USD', active: true };
    expect(memberSchema.safeParse({ ...base, skills: 'react, firebase' }).success).toBe(true);
    expect(memberSchema.safeParse({ ...base, skills: 'x'.repeat(51) }).success).toBe(false);
    expect(memberSchema.safeParse({ ...base, skills: Array.from({ length: 51 }, (_, i) => `s${i}`).join(',') }).success).toBe(false);
  });
});
