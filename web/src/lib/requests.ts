/**
 * The portal's writes for issue 14, shaped exactly as the rules require (DESIGN §4): a client's
 * new request, its withdrawal, and a decision on a task in review. Preview tokens write nothing
 * (the portal hides these actions in a preview; the rules refuse them anyway).
 */
import { serverTimestamp, setDoc, updateDoc, type Firestore } from 'firebase/firestore';
import type { ApprovalDecision, IsoDate } from '@model';
import { approvalDoc, newRequestDoc, requestDoc } from './writeRefs';

export interface RequestAuthor {
  uid: string;
  name: string;
}

export interface NewRequest {
  title: string;
  description: string;
  projectId: string | null;
  dueDate: IsoDate | null;
}

/** Exactly title, description, projectId, dueDate, status 'submitted', no decision, createdBy/Name, createdAt now. */
export async function submitRequest(db: Firestore, companyId: string, author: RequestAuthor, request: NewRequest): Promise<string> {
  const ref = newRequestDoc(db, companyId);
  await setDoc(ref, {
    title: request.title.trim(),
    description: request.description.trim(),
    projectId: request.projectId || null,
    dueDate: request.dueDate || null,
    status: 'submitted',
    decisionReason: null,
    taskId: null,
    createdBy: author.uid,
    createdByName: author.name,
    createdAt: serverTimestamp(),
  });
  return ref.id;
}

/** A client withdraws their own submitted request: the status, nothing else. */
export async function withdrawRequest(db: Firestore, companyId: string, requestId: string): Promise<void> {
  await updateDoc(requestDoc(db, companyId, requestId), { status: 'withdrawn' });
}

/** A decision on the task's current review round (absent round = 0): immutable once written. */
export async function decideApproval(
  db: Firestore,
  companyId: string,
  taskId: string,
  reviewRound: number,
  author: RequestAuthor,
  decision: ApprovalDecision,
  comment: string,
): Promise<void> {
  await setDoc(approvalDoc(db, companyId, taskId, reviewRound, author.uid), {
    decision,
    comment: comment.trim(),
    reviewRound,
    uid: author.uid,
    name: author.name,
    createdAt: serverTimestamp(),
  });
}
