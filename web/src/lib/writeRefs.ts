/**
 * Typed references for writes (DESIGN §4): the paths of the model with a converter whose app
 * model is the stored document type itself, so `setDoc`, `updateDoc`, `addDoc` and batches check
 * every field name and type against the document types in @model (reads go through refs.ts,
 * whose converter adds the id). `writeDoc<Task>(db, paths.task(c, t))`.
 */
import {
  collection,
  doc,
  type CollectionReference,
  type DocumentData,
  type DocumentReference,
  type Firestore,
  type FirestoreDataConverter,
  type QueryDocumentSnapshot,
} from 'firebase/firestore';
import { approvalId, paths, type Approval, type ClientRequest } from '@model';

const identity = {
  toFirestore: (value: unknown) => value as DocumentData,
  fromFirestore: (snapshot: QueryDocumentSnapshot) => snapshot.data(),
};

function stored<T extends object>(): FirestoreDataConverter<T, T> {
  return identity as unknown as FirestoreDataConverter<T, T>;
}

export function writeDoc<T extends object>(db: Firestore, path: string): DocumentReference<T, T> {
  return doc(db, path).withConverter(stored<T>());
}

export function writeCollection<T extends object>(db: Firestore, path: string): CollectionReference<T, T> {
  return collection(db, path).withConverter(stored<T>());
}

/** A new document's reference in a collection (its id made here, for batches). */
export function newDoc<T extends object>(db: Firestore, path: string): DocumentReference<T, T> {
  return doc(writeCollection<T>(db, path));
}

/** A client's new request (companies/{c}/requests/{new id}). */
export const newRequestDoc = (db: Firestore, companyId: string) => newDoc<ClientRequest>(db, paths.requests(companyId));
/** A request, for the client's withdrawal (status only) — staff decide through decideRequest. */
export const requestDoc = (db: Firestore, companyId: string, requestId: string) => writeDoc<ClientRequest>(db, paths.request(companyId, requestId));
/** A client's decision on a task in review: one per client per round, at approvalId(round, uid). */
export const approvalDoc = (db: Firestore, companyId: string, taskId: string, reviewRound: number, uid: string) =>
  writeDoc<Approval>(db, `${paths.approvals(companyId, taskId)}/${approvalId(reviewRound, uid)}`);
