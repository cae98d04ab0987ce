import { afterEach, describe, expect, it } from 'vitest';
import { invitationErrorMessage, rememberInvite, takeRememberedInvite } from './invitation';

class MemoryStorage {
  private items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

const refusal = (reason: string, message: string) => Object.assign(new Error(message), { code: 'functions/failed-precondition', details: { reason } });

describe('remembered invitation', () => {
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'sessionStorage');
  });

  it('keeps ?invite= until it is taken once', () => {
    Object.assign(globalThis, { sessionStorage: new MemoryStorage() });
    rememberInvite('?invite=inv123&email=nia%40northwind.test');
    expect(takeRememberedInvite()).toBe('inv123');
    expect(takeRememberedInvite()).toBeNull();
    rememberInvite('?email=x');
    expect(takeRememberedInvite()).toBeNull();
  });

  it('reads nothing when storage is unavailable', () => {
    expect(() => rememberInvite('?invite=a')).not.toThrow();
    expect(takeRememberedInvite()).toBeNull();
  });
});

describe('invitationErrorMessage', () => {
  it("shows the function's own sentence for google-required and has-access, without the HTTP status", () => {
    const google = refusal('google-required', 'Team invitations are accepted with Google sign-in only. [403]');
    expect(invitationErrorMessage(google, 'nia@northwind.test')).toBe('Team invitations are accepted with Google sign-in only.');
    const held = refusal('has-access', 'You already have access as an admin.');
    expect(invitationErrorMessage(held, null)).toBe('You already have access as an admin.');
  });

  it('names the address when no invitation is found', () => {
    expect(invitationErrorMessage(refusal('not-invited', 'x'), 'dave@acme.test')).toContain('dave@acme.test');
    expect(invitationErrorMessage(Object.assign(new Error('NOT_FOUND'), { code: 'functions/not-found' }), 'dave@acme.test')).toContain('dave@acme.test');
  });
});
