/**
 * companies/{c}/tasks/{t}/approvals/{id} (DESIGN §4, issue 14): a client's decision on a task in
 * review, at the id `r<round>~<uid>`. The company's clients with the work scope and staff read;
 * a real client session with the work scope creates one per round while the task is in review;
 * nobody edits or deletes one.
 */
import { collection } from 'firebase/firestore';
import { approvalId, paths } from '@model';
import { ACME, uidOf, type Actor } from '../support/actors';
import { PAST, build, ids, reviewTask } from '../support/fixtures';
import { ACME_CLIENT_WRITERS, ACME_WORK_READERS, NOBODY, type MatrixRow } from '../support/matrix-rows';

/** Each case decides on its own task in review (round 1), so no two cases share an approval. */
const reviewTaskId = (tag: string) => `t-review-${tag}`;
const approval = (actor: Actor, tag: string) => `${paths.approvals(ACME, reviewTaskId(tag))}/${approvalId(1, uidOf(actor))}`;
const stored = (actor: Actor) => ({ ...build.approval(actor, 1, 'changes_requested', 'The logo is too small.'), createdAt: PAST });

export const rows: MatrixRow[] = [
  {
    name: 'companies/{c}/tasks/{t}/approvals/{id}',
    get: { path: () => `${paths.approvals(ACME, ids.task)}/${ids.approval}` },
    list: { query: (db) => collection(db, paths.approvals(ACME, ids.task)) },
    // each actor decides as themselves, at their own id of the task's current round
    create: { path: approval, data: (actor) => build.approval(actor, 1) },
    // each actor edits (or deletes) a decision they made themselves
    update: { path: approval, existing: stored, data: () => ({ decision: 'approved', comment: '' }) },
    delete: { path: approval, existing: stored },
    seed: (tags) => tags.map((tag) => [paths.task(ACME, reviewTaskId(tag)), reviewTask(1)]),
    allow: { get: ACME_WORK_READERS, list: ACME_WORK_READERS, create: ACME_CLIENT_WRITERS, update: NOBODY, delete: NOBODY },
  },
];
