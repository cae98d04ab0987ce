/** The search index triggers (Firestore): companies, projects and tasks keep their entries. */
import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { runtimeDeps } from '../shared/deps';
import { indexDocument } from './indexEntries';

export const indexCompanies = onDocumentWritten('companies/{companyId}', async (event) => {
  const { db, now } = runtimeDeps();
  await indexDocument(db, { kind: 'company', companyId: event.params.companyId, docId: event.params.companyId }, now());
});

export const indexProjects = onDocumentWritten('companies/{companyId}/projects/{projectId}', async (event) => {
  const { db, now } = runtimeDeps();
  await indexDocument(db, { kind: 'project', companyId: event.params.companyId, docId: event.params.projectId }, now());
});

export const indexTasks = onDocumentWritten('companies/{companyId}/tasks/{taskId}', async (event) => {
  const { db, now } = runtimeDeps();
  await indexDocument(db, { kind: 'task', companyId: event.params.companyId, docId: event.params.taskId }, now());
});
