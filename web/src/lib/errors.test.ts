import { describe, expect, it } from 'vitest';
import { describeError } from './errors';

const coded = (code: string) => Object.assign(new Error(`Firebase: ${code}`), { code });

describe('describeError: what a failed read or write tells a person', () => {
  it('a refusal that will not pass (failed-precondition, e.g. a missing index) does not say to try again in a moment', () => {
    const text = describeError(coded('failed-precondition'));
    expect(text).toContain('not set up');
    expect(text).toContain('Trying again will not help');
    expect(text).not.toMatch(/connection|in a moment/);
  });

  it('a passing problem says to try again; a network one names the connection; a refusal never does', () => {
    expect(describeError(coded('resource-exhausted'))).toMatch(/try again in a moment/);
    expect(describeError(coded('unavailable'))).toMatch(/connection/);
    expect(describeError(coded('permission-denied'))).not.toMatch(/connection/);
  });
});
