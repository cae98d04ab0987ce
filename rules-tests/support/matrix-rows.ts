/**
 * The access matrix as data (DESIGN §4): one row per path, saying which actors each of
 * get / list / create / update / delete is allowed to. The rows live in ../matrix/*.ts; the
 * runner (support/matrix.ts) turns each into tests, and ../access-md.ts publishes them as
 * ACCESS.md. This module has no test-runner imports, so both can load it.
 */
import type { DocumentData, Firestore, Query } from 'firebase/firestore';
import { ACTOR_KEYS, type Actor, type ActorKey } from './actors';

export const OPS = ['get', 'list', 'create', 'update', 'delete'] as const;
export type Op = (typeof OPS)[number];

// ---- who: the sets the table is written with ----
export const EVERYONE: readonly ActorKey[] = ACTOR_KEYS;
export const SIGNED_IN: readonly ActorKey[] = ACTOR_KEYS.filter((k) => k !== 'anonymous');
export const WITH_ROLE: readonly ActorKey[] = ['clientAcme', 'clientGlobex', 'previewAcme', 'staff', 'admin'];
/** Reads of acme's client-visible data: its client, the preview of it, staff, admin. */
export const ACME_READERS: readonly ActorKey[] = ['clientAcme', 'previewAcme', 'staff', 'admin'];
export const STAFF: readonly ActorKey[] = ['staff', 'admin'];
export const ADMIN: readonly ActorKey[] = ['admin'];
export const NOBODY: readonly ActorKey[] = [];

/** Where a case writes: `tag` is unique per case, so cases never share a document. */
export type TargetPath = (actor: Actor, tag: string) => string;

export interface MatrixRow {
  /** the path as DESIGN §4 writes it */
  name: string;
  get?: { path: (actor: Actor) => string };
  list?: { query: (db: Firestore) => Query };
  create?: { path: TargetPath; data: (actor: Actor) => DocumentData };
  /** `existing` is seeded at the target first; `data` is the partial update (updateDoc). */
  update?: { path: TargetPath; existing: (actor: Actor) => DocumentData; data: (actor: Actor) => DocumentData };
  delete?: { path: TargetPath; existing: (actor: Actor) => DocumentData };
  /** One fixed document (settings/branding …): each write case first puts it in the state it needs. */
  singleton?: boolean;
  /** Who each operation is allowed to; everyone else is denied. */
  allow: Partial<Record<Op, readonly ActorKey[]>>;
}
