/** Time entry writes, shaped as the rules validate them (isValidTimeEntry). */
import { addDoc, deleteDoc, setDoc, type Firestore } from 'firebase/firestore';
import { paths, type TimeEntry } from '@model';
import { writeCollection, writeDoc } from '../../lib/writeRefs';

const entryDoc = (db: Firestore, id: string) => writeDoc<TimeEntry>(db, `${paths.timeEntries()}/${id}`);

function clean(entry: TimeEntry): TimeEntry {
  return {
    uid: entry.uid,
    companyId: entry.companyId,
    projectId: entry.projectId,
    taskId: entry.taskId || null,
    date: entry.date,
    minutes: Math.round(entry.minutes),
    billable: entry.billable,
    note: entry.note.trim().slice(0, 1000),
  };
}

export function validateTimeEntry(entry: TimeEntry): string | null {
  if (!entry.companyId || !entry.projectId) return 'Pick a project.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(entry.date)) return 'Pick a date.';
  if (!Number.isInteger(entry.minutes) || entry.minutes <= 0) return 'Enter how long, e.g. 1.5 or 1:30.';
  if (entry.minutes > 1440) return 'One entry is at most 24 hours.';
  if (entry.note.trim().length > 1000) return 'Notes are limited to 1,000 characters.';
  return null;
}

export async function addTimeEntry(db: Firestore, entry: TimeEntry): Promise<string> {
  const ref = await addDoc(writeCollection<TimeEntry>(db, paths.timeEntries()), clean(entry));
  return ref.id;
}

export async function saveTimeEntry(db: Firestore, id: string, entry: TimeEntry): Promise<void> {
  await setDoc(entryDoc(db, id), clean(entry));
}

export async function deleteTimeEntry(db: Firestore, id: string): Promise<void> {
  await deleteDoc(entryDoc(db, id));
}
