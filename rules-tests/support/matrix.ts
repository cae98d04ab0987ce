/**
 * The access matrix runner: runMatrix turns each row (support/matrix-rows.ts, ../matrix/*.ts)
 * into one test per actor and operation. A denied case runs beside its control: the same
 * operation by an actor who is allowed (with that actor's own valid variant of the document), or,
 * where nobody is, the same request with the rules disabled (what Cloud Functions do) — so a
 * denial can only come from who asks, not from a broken document or a missing parent. The control
 * request is the same for every denied actor of a (row, operation), so it is sent once and every
 * denied case of the group awaits its success.
 *
 * Cases run one at a time: the Firestore emulator (1.19.9) garbled gRPC frames
 * ("RESOURCE_EXHAUSTED: Received message larger than max") when several writes were in flight
 * at once; the SDK then backed off for up to a minute and re-sent writes already applied.
 */
import { deleteDoc, doc, getDoc, getDocs, setDoc, updateDoc, type DocumentData } from 'firebase/firestore';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ACTORS, ALL_ACTORS, dbOf, type Actor, type ActorKey } from './actors';
import { countAsMatrix, expectAllowed, expectDenied } from './counter';
import { ownerDb } from './env';
import { seed, seedBase } from './fixtures';
import type { MatrixRow, Op } from './matrix-rows';
import { OPS } from './matrix-rows';

export * from './matrix-rows';

/** Prefer a control from the same side of the fence: acme's client, then staff, then admin. */
const CONTROL_PREFERENCE: readonly ActorKey[] = ['clientAcme', 'staff', 'admin'];

type Performer = { kind: 'actor'; actor: Actor } | { kind: 'owner' };

function controlFor(allowed: readonly ActorKey[]): Performer {
  if (allowed.length === 0) return { kind: 'owner' };
  const key = CONTROL_PREFERENCE.find((k) => allowed.includes(k)) ?? allowed[0];
  return { kind: 'actor', actor: ACTORS[key as ActorKey] };
}

const caseTag = (op: Op, actor: Actor) => `${op}-${actor.key}`;
/** The control's own target: one per (row, operation), see runMatrix. */
const controlTag = (op: Op) => `ctl-${op}`;

function describeControl(performer: Performer): string {
  return performer.kind === 'owner' ? 'rules disabled (Functions / Admin SDK)' : performer.actor.label;
}

/**
 * Whether each singleton document is there. A singleton's write case first puts the document in
 * the state it needs (absent for create, present for update and delete) — only when it is not
 * already so, to save a request.
 */
const singletonState = new Map<string, 'present' | 'absent'>();

async function ensureSingleton(path: string, want: 'present' | 'absent', existing: () => DocumentData): Promise<void> {
  if (singletonState.get(path) === want) return;
  if (want === 'absent') await deleteDoc(doc(ownerDb(), path));
  else await setDoc(doc(ownerDb(), path), existing());
  singletonState.set(path, want);
}

async function tracked(path: string, after: 'present' | 'absent', write: Promise<void>): Promise<void> {
  try {
    await write;
    singletonState.set(path, after);
  } catch (error) {
    // a denied write changes nothing; anything else leaves the state unknown
    if (!String((error as { code?: unknown }).code ?? '').includes('permission-denied')) singletonState.delete(path);
    throw error;
  }
}

/**
 * One operation of a row, performed by `who` (an actor, or the owner with the rules disabled
 * acting on behalf of `subject`, whose document variant it uses).
 */
async function perform(row: MatrixRow, op: Op, performer: Performer, subject: Actor, tag: string): Promise<unknown> {
  const db = performer.kind === 'owner' ? ownerDb() : dbOf(performer.actor);
  const actor = performer.kind === 'owner' ? subject : performer.actor;
  switch (op) {
    case 'get':
      return getDoc(doc(db, required(row.get, row, op).path(actor)));
    case 'list':
      return getDocs(required(row.list, row, op).query(db));
    case 'create': {
      const spec = required(row.create, row, op);
      const path = spec.path(actor, tag);
      if (!row.singleton) return setDoc(doc(db, path), spec.data(actor));
      await ensureSingleton(path, 'absent', () => ({}));
      return tracked(path, 'present', setDoc(doc(db, path), spec.data(actor)));
    }
    case 'update': {
      const spec = required(row.update, row, op);
      const path = spec.path(actor, tag);
      if (!row.singleton) return updateDoc(doc(db, path), spec.data(actor));
      await ensureSingleton(path, 'present', () => spec.existing(actor));
      return tracked(path, 'present', updateDoc(doc(db, path), spec.data(actor)));
    }
    case 'delete': {
      const spec = required(row.delete, row, op);
      const path = spec.path(actor, tag);
      if (!row.singleton) return deleteDoc(doc(db, path));
      await ensureSingleton(path, 'present', () => spec.existing(actor));
      return tracked(path, 'absent', deleteDoc(doc(db, path)));
    }
  }
}

function required<T>(value: T | undefined, row: MatrixRow, op: Op): T {
  if (value === undefined) throw new Error(`matrix row ${row.name} has no ${op}`);
  return value;
}

function opsOf(row: MatrixRow): Op[] {
  const ops = OPS.filter((op) => row[op] !== undefined);
  for (const op of ops) if (!row.allow[op]) throw new Error(`matrix row ${row.name}: ${op} has no allow list`);
  for (const op of Object.keys(row.allow) as Op[]) if (row[op] === undefined) throw new Error(`matrix row ${row.name}: allow.${op} without ${op}`);
  return ops;
}

/** Documents the update and delete cases (and their controls) act on. */
function targetsOf(row: MatrixRow): [string, DocumentData][] {
  if (row.singleton) return [];
  const targets = new Map<string, DocumentData>();
  if (row.seed) {
    const tags = OPS.flatMap((op) => [...ALL_ACTORS.map((actor) => caseTag(op, actor)), controlTag(op)]);
    for (const [path, data] of row.seed(tags)) targets.set(path, data);
  }
  for (const op of ['update', 'delete'] as const) {
    const spec = row[op];
    if (!spec) continue;
    const allowed = row.allow[op] ?? [];
    const control = controlFor(allowed);
    for (const actor of ALL_ACTORS) targets.set(spec.path(actor, caseTag(op, actor)), spec.existing(actor));
    const firstDenied = ALL_ACTORS.find((actor) => !allowed.includes(actor.key));
    if (firstDenied) {
      const who = control.kind === 'owner' ? firstDenied : control.actor;
      targets.set(spec.path(who, controlTag(op)), spec.existing(who));
    }
  }
  return [...targets];
}

export function runMatrix(rows: readonly MatrixRow[]): void {
  describe('access matrix', () => {
    beforeAll(async () => {
      await seed(rows.flatMap(targetsOf));
      countAsMatrix(true);
    });
    // Write cases change and delete shared documents (singletons): put the base data back.
    afterAll(async () => {
      countAsMatrix(false);
      singletonState.clear();
      await seedBase();
    });
    for (const row of rows) {
      describe(row.name, () => {
        for (const op of opsOf(row)) {
          const allowed = row.allow[op] ?? [];
          const control = controlFor(allowed);
          describe(op, () => {
            // The control is the same request every time, so it runs once, right after the
            // group's first denied case; every denied case awaits it, so none can pass unless the
            // same operation succeeded for the control. (With the rules disabled it acts for the
            // first denied actor, with that actor's document variant.)
            let sharedControl: Promise<unknown> | null = null;
            const runControl = (denied: Actor): Promise<unknown> => {
              sharedControl ??= expectAllowed(perform(row, op, control, denied, controlTag(op)));
              return sharedControl;
            };
            for (const actor of ALL_ACTORS) {
              if (allowed.includes(actor.key)) {
                it(`${actor.label}: allowed`, async () => {
                  await expectAllowed(perform(row, op, { kind: 'actor', actor }, actor, caseTag(op, actor)));
                });
              } else {
                it(`${actor.label}: denied (control: ${describeControl(control)} allowed)`, async () => {
                  await expectDenied(perform(row, op, { kind: 'actor', actor }, actor, caseTag(op, actor)));
                  await runControl(actor);
                });
              }
            }
          });
        }
      });
    }
  });
}
