import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countRuleLookups } from './rules';

describe('countRuleLookups', () => {
  it('finds a lookup hidden behind a helper used by a read rule', () => {
    const rules = `
      function isMember(c) { return exists(/databases/$(database)/documents/members/$(c)); }
      function canRead(c) { return isMember(c) || request.auth.token.get('role', '') == 'admin'; }
      match /a/{c} { allow read: if canRead(c); allow write: if get(/databases/x).data.ok; }`;
    expect(countRuleLookups(rules)).toEqual({ totalLookups: 2, clientReadPathLookups: 1, readRules: 1 });
  });

  it('the project rules have no lookup on any read path', () => {
    const result = countRuleLookups(readFileSync(new URL('../../firestore.rules', import.meta.url), 'utf8'));
    expect(result.readRules).toBeGreaterThan(20);
    expect(result.clientReadPathLookups).toBe(0);
  });
});
