/** The Admin SDK, as staff would change data from the console (bypasses the rules). */
import { getApps, initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { FieldValue, getFirestore, Timestamp } from 'firebase-admin/firestore';

function adminApp() {
  return getApps().find((a) => a.name === 'e2e-admin') ?? initializeApp({ projectId: process.env.GCLOUD_PROJECT }, 'e2e-admin');
}

export function adminDb() {
  return getFirestore(adminApp());
}

export function adminAuth() {
  return getAuth(adminApp());
}

export { FieldValue, Timestamp };
