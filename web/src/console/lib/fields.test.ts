import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { emailAddress, httpsLink, urlOrEmpty } from './fields';

// What the server accepts, written as the server writes it.
const RULES_DELIVERABLE_URL = /^https:\/\/[^\s]{1,1992}$/; // firestore.rules isDeliverable
const CALLABLE_EMAIL = z.email().max(254); // inviteUser's input (functions/src/model/schemas.ts)

describe('console form fields check what the server checks', () => {
  it('a deliverable link is stored in its normal form, which the rules accept', () => {
    const link = httpsLink();
    for (const [typed, stored] of [
      ['https://drive.example.com/My File.pdf', 'https://drive.example.com/My%20File.pdf'],
      ['HTTPS://Example.com/a', 'https://example.com/a'],
      ['  https://example.com  ', 'https://example.com/'],
    ]) {
      const parsed = link.safeParse(typed);
      expect(parsed.data, typed).toBe(stored);
      expect(stored).toMatch(RULES_DELIVERABLE_URL);
    }
  });

  it('a deliverable link that is not https, not a link, or too long is refused with a reason', () => {
    const link = httpsLink();
    expect(link.safeParse('http://example.com').error?.issues[0]?.message).toMatch(/https:\/\//);
    expect(link.safeParse('example.com/file').error?.issues[0]?.message).toMatch(/full link/);
    const long = `https://example.com/${'a'.repeat(2000)}`;
    expect(long).not.toMatch(RULES_DELIVERABLE_URL);
    expect(link.safeParse(long).error?.issues[0]?.message).toMatch(/2,000/);
  });

  it('an email address the callable would refuse is refused by the form too', () => {
    const email = emailAddress('Enter an email address.');
    for (const ok of ['carol@acme.test', 'a.b+c@example.co.uk']) {
      expect(email.safeParse(ok).success, ok).toBe(true);
      expect(CALLABLE_EMAIL.safeParse(ok).success).toBe(true);
    }
    for (const bad of ['müller@firma.de', 'me@host', 'no at sign', `${'a'.repeat(250)}@x.io`]) {
      expect(CALLABLE_EMAIL.safeParse(bad).success, bad).toBe(false);
      expect(email.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('a website or logo link is http(s) and at most 2,000 characters (isUrlOrEmpty), or empty', () => {
    const url = urlOrEmpty('The website');
    expect(url.safeParse('').success).toBe(true);
    expect(url.safeParse('https://acme.test').success).toBe(true);
    expect(url.safeParse('acme.test').error?.issues[0]?.message).toBe('The website must start with https:// (or be empty).');
    expect(url.safeParse(`https://acme.test/${'a'.repeat(2000)}`).error?.issues[0]?.message).toBe('The website is limited to 2,000 characters.');
  });
});
