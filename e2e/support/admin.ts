/** The Admin SDK, as staff would change data from the console (bypasses the rules). */
import { getApps, initializeApp } from 'firebase-admin/app';
import { FieldValue, getFirestore } from 'firebase-admin/firestore';

export function adminDb() {
  const app = getApps().find((a) => a.name === 'e2e-admin') ?? initializeApp({ projectId: process.env.GCLOUD_PROJECT }, 'e2e-admin');
  return getFirestore(app);
}

export { FieldValue };
