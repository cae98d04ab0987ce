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
export const WITH_ROLE: readonly ActorKey[] = ['clientAcme', 'clientGlobex', 'workAcme', 'billingAcme', 'previewAcme', 'staff', 'admin'];
/** Reads of acme itself (its company document): every client of it, whatever the scopes, the preview of it, staff, admin. */
export const ACME_READERS: readonly ActorKey[] = ['clientAcme', 'workAcme', 'billingAcme', 'previewAcme', 'staff', 'admin'];
/** Reads of acme's work (projects, tasks, replies, requests, approvals): its clients with the work scope (or none), the preview, staff, admin. */
export const ACME_WORK_READERS: readonly ActorKey[] = ['clientAcme', 'workAcme', 'previewAcme', 'staff', 'admin'];
/** Reads of acme's billing (invoices, payments): its clients with the billing scope (or none), the preview, staff, admin. */
export const ACME_BILLING_READERS: readonly ActorKey[] = ['clientAcme', 'billingAcme', 'previewAcme', 'staff', 'admin'];
/** Client writes in acme (replies, requests, approvals): a real session with the work scope. */
export const ACME_CLIENT_WRITERS: readonly ActorKey[] = ['clientAcme', 'workAcme'];
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
  /**
   * Other documents the cases need, seeded with the targets (e.g. the task in review each
   * approval is created under: a case's tag names its own, so no two cases share one).
   */
  seed?: (tags: readonly string[]) => [string, DocumentData][];
  /** Who each operation is allowed to; everyone else is denied. */
  allow: Partial<Record<Op, readonly ActorKey[]>>;
}
