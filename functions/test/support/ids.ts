import { randomBytes } from 'node:crypto';

/** A unique id: suites never clear the emulators, so every test writes under ids of its own. */
export const uid = (prefix: string): string => `${prefix}-${randomBytes(5).toString('hex')}`;
