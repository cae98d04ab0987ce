/**
 * The Trigger Email extension is declared in the project's Firebase config, so `firebase deploy`
 * installs it: this checks the declaration and its params file against the extension's own
 * manifest rules (firebase/firestore-send-email extension.yaml, version pinned below) and our
 * mail collection, and that no secret sits in git. The extension itself cannot run here (it is
 * downloaded from the extensions registry): the emulators run without it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/model';

const root = join(__dirname, '..', '..', '..');
const firebaseJson = JSON.parse(readFileSync(join(root, 'firebase.json'), 'utf8')) as { extensions?: Record<string, string> };

function readEnv(file: string): Record<string, string> {
  const entries = readFileSync(join(root, 'extensions', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const at = line.indexOf('=');
      return [line.slice(0, at), line.slice(at + 1)] as const;
    });
  return Object.fromEntries(entries);
}

// From the extension's manifest (params marked required, and its validation expressions).
const REQUIRED = ['DATABASE', 'DATABASE_REGION', 'AUTH_TYPE', 'MAIL_COLLECTION', 'DEFAULT_FROM', 'TTL_EXPIRE_TYPE', 'TTL_EXPIRE_VALUE'];
const SMTP_URI = /^(smtp[s]*:\/\/(.*?(:[^:@]*)?@)?[^:@]+:[0-9]+(\?[^ ]*)?)|^$/;
const COLLECTION = /^[^/]+(\/[^/]+\/[^/]+)*$/;

describe('Trigger Email extension', () => {
  it('is declared in firebase.json at a pinned version', () => {
    expect(firebaseJson.extensions?.['firestore-send-email']).toMatch(/^firebase\/firestore-send-email@\d+\.\d+\.\d+$/);
  });

  it('has every required param, pointing at our mail collection', () => {
    const env = readEnv('firestore-send-email.env');
    for (const name of REQUIRED) expect(env[name], name).toBeTruthy();
    expect(env.MAIL_COLLECTION).toBe(paths.mail());
    expect(env.MAIL_COLLECTION).toMatch(COLLECTION);
    expect(env.SMTP_CONNECTION_URI).toMatch(SMTP_URI);
    expect(['UsernamePassword', 'OAuth2']).toContain(env.AUTH_TYPE);
    expect(['never', 'hour', 'day', 'week', 'month', 'year']).toContain(env.TTL_EXPIRE_TYPE);
  });

  it('keeps the SMTP password out of git: a Secret Manager reference, and no password in the URI', () => {
    const env = readEnv('firestore-send-email.env');
    expect(env.SMTP_PASSWORD).toMatch(/^projects\/\$\{param:PROJECT_NUMBER\}\/secrets\/[A-Za-z0-9_-]+\/versions\/latest$/);
    // smtps://user:password@host — a password after the user name is refused
    expect(env.SMTP_CONNECTION_URI).not.toMatch(/^smtps?:\/\/[^@/]*:[^@/]*@/);
  });

  it('is not started by the emulators (it would need a download): they run auth, firestore and functions only', async () => {
    const { ONLY } = (await import(join(root, 'scripts', 'emulators.mjs'))) as { ONLY: string };
    expect(ONLY.split(',')).not.toContain('extensions');
  });
});
