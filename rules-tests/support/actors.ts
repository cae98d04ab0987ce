/**
 * Who asks (DESIGN §3). Each actor is one kind of token the rules can see; the malformed ones
 * must all be treated exactly like a signed-in user without a role.
 */
import type { TokenOptions } from '@firebase/rules-unit-testing';
import type { Firestore } from 'firebase/firestore';
import { PREVIEW_MAX_AGE_SECONDS, type PortalScope } from '@model';
import { env } from './env';

/** The role the rules must derive from the token (what DESIGN §3 says the token is worth). */
export type EffectiveRole = 'anonymous' | 'none' | 'client' | 'preview' | 'staff' | 'admin';

export interface Actor {
  readonly key: ActorKey;
  readonly label: string;
  /** null: signed out */
  readonly uid: string | null;
  readonly claims: TokenOptions;
  readonly effective: EffectiveRole;
  /** clients and previews: the company whose data they see */
  readonly companyId: string | null;
  readonly displayName: string;
  /** clients: the portal areas their token's `scopes` claim names (absent: both) */
  readonly scopes?: readonly PortalScope[];
}

export const ACME = 'acme';
export const GLOBEX = 'globex';

export const ACTOR_KEYS = [
  'anonymous',
  'noRole',
  'clientAcme',
  'clientGlobex',
  'workAcme',
  'billingAcme',
  'previewAcme',
  'previewExpired',
  'staff',
  'admin',
  'badRoleCase',
  'badRoleList',
  'badRoleNumber',
  'clientNoCompany',
  'clientNumericCompany',
  'clientEmptyCompany',
  'previewOfStaff',
] as const;
export type ActorKey = (typeof ACTOR_KEYS)[number];

/**
 * Seconds since the epoch when this module loaded. A preview token counts only while it is younger
 * than PREVIEW_MAX_AGE_SECONDS from `auth_time` (its sign-in); the mock token would otherwise say
 * iat = auth_time = 0 (1970). A few seconds back, so no clock can see it in the future.
 */
const LOADED_AT = Math.floor(Date.now() / 1000) - 5;

/** Claims of a preview token signed in `ageSeconds` ago, refreshed just now (iat). */
export function previewTokenTimes(ageSeconds: number): { auth_time: number; iat: number } {
  const now = Math.floor(Date.now() / 1000);
  return { auth_time: now - ageSeconds, iat: now - 5 };
}

const definitions: Record<ActorKey, Omit<Actor, 'key'>> = {
  anonymous: { label: 'signed out', uid: null, claims: {}, effective: 'anonymous', companyId: null, displayName: 'Anonymous' },
  noRole: { label: 'signed in, no role', uid: 'u-stranger', claims: {}, effective: 'none', companyId: null, displayName: 'Stranger' },
  clientAcme: {
    label: 'client of acme',
    uid: 'u-carol',
    claims: { role: 'client', companyId: ACME },
    effective: 'client',
    companyId: ACME,
    displayName: 'Carol Client',
  },
  clientGlobex: {
    label: 'client of globex',
    uid: 'u-gina',
    claims: { role: 'client', companyId: GLOBEX },
    effective: 'client',
    companyId: GLOBEX,
    displayName: 'Gina Globex',
  },
  workAcme: {
    label: 'contact of acme, work only',
    uid: 'u-walt',
    claims: { role: 'client', companyId: ACME, scopes: ['work'] },
    effective: 'client',
    companyId: ACME,
    displayName: 'Walt Work',
    scopes: ['work'],
  },
  billingAcme: {
    label: 'contact of acme, billing only',
    uid: 'u-bill',
    claims: { role: 'client', companyId: ACME, scopes: ['billing'] },
    effective: 'client',
    companyId: ACME,
    displayName: 'Bill Billing',
    scopes: ['billing'],
  },
  previewAcme: {
    label: 'preview of acme',
    uid: 'preview-acme-u-sam',
    claims: { role: 'client', companyId: ACME, preview: true, previewBy: 'u-sam', auth_time: LOADED_AT, iat: LOADED_AT },
    effective: 'preview',
    companyId: ACME,
    displayName: 'Preview of Acme',
  },
  previewExpired: {
    label: 'preview of acme, signed in over an hour ago',
    uid: 'preview-acme-u-sam-old',
    // a token refreshed just now (iat) of a preview session that began an hour and a second ago
    claims: {
      role: 'client',
      companyId: ACME,
      preview: true,
      previewBy: 'u-sam',
      auth_time: LOADED_AT - PREVIEW_MAX_AGE_SECONDS - 1,
      iat: LOADED_AT,
    },
    effective: 'none',
    companyId: null,
    displayName: 'Expired Preview of Acme',
  },
  staff: { label: 'staff', uid: 'u-sam', claims: { role: 'staff' }, effective: 'staff', companyId: null, displayName: 'Sam Staff' },
  admin: { label: 'admin', uid: 'u-ada', claims: { role: 'admin' }, effective: 'admin', companyId: null, displayName: 'Ada Admin' },
  badRoleCase: { label: "role 'Admin' (wrong case)", uid: 'u-mal-case', claims: { role: 'Admin' }, effective: 'none', companyId: null, displayName: 'Mal Case' },
  badRoleList: { label: "role ['admin'] (a list)", uid: 'u-mal-list', claims: { role: ['admin'] }, effective: 'none', companyId: null, displayName: 'Mal List' },
  badRoleNumber: { label: 'role 1 (a number)', uid: 'u-mal-number', claims: { role: 1 }, effective: 'none', companyId: null, displayName: 'Mal Number' },
  clientNoCompany: {
    label: 'client without companyId',
    uid: 'u-mal-nocompany',
    claims: { role: 'client' },
    effective: 'none',
    companyId: null,
    displayName: 'Mal NoCompany',
  },
  clientNumericCompany: {
    label: 'client with companyId 123',
    uid: 'u-mal-numeric',
    claims: { role: 'client', companyId: 123 },
    effective: 'none',
    companyId: null,
    displayName: 'Mal Numeric',
  },
  clientEmptyCompany: {
    label: "client with companyId ''",
    uid: 'u-mal-empty',
    claims: { role: 'client', companyId: '' },
    effective: 'none',
    companyId: null,
    displayName: 'Mal Empty',
  },
  previewOfStaff: {
    label: 'preview flag on a staff token',
    uid: 'u-mal-preview-staff',
    claims: { role: 'staff', preview: true, previewBy: 'u-sam' },
    effective: 'none',
    companyId: null,
    displayName: 'Mal Preview Staff',
  },
};

export const ACTORS: Record<ActorKey, Actor> = Object.fromEntries(
  ACTOR_KEYS.map((key) => [key, { key, ...definitions[key] }]),
) as Record<ActorKey, Actor>;

export const ALL_ACTORS: readonly Actor[] = ACTOR_KEYS.map((key) => ACTORS[key]);

/** Every actor the rules must treat as "signed in, no role". */
export const NO_ROLE_KEYS = ACTOR_KEYS.filter((key) => ACTORS[key].effective === 'none');

/** A stable uid for documents an actor "owns"; the signed-out actor has none. */
export function uidOf(actor: Actor): string {
  return actor.uid ?? 'u-nobody';
}

const dbs = new Map<ActorKey, Firestore>();

/**
 * The actor's Firestore. rules-unit-testing hands out the compat instance; the modular
 * functions (doc, getDoc, query …) unwrap it with getModularInstance, so the web app's typed
 * builders run on it unchanged.
 */
export function dbOf(actor: Actor | ActorKey): Firestore {
  const a = typeof actor === 'string' ? ACTORS[actor] : actor;
  let db = dbs.get(a.key);
  if (!db) {
    const context = a.uid === null ? env().unauthenticatedContext() : env().authenticatedContext(a.uid, a.claims);
    db = context.firestore() as unknown as Firestore;
    dbs.set(a.key, db);
  }
  return db;
}

/** Forget cached instances (their environment is gone). */
export function resetActorDbs(): void {
  dbs.clear();
}
