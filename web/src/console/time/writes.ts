/** Time entry writes, shaped as the rules validate them (isValidTimeEntry). */
import { addDoc, deleteDoc, setDoc, type Firestore } from 'firebase/firestore';
import { LIMITS, paths, type TimeEntry } from '@model';
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
    note: entry.note.trim().slice(0, LIMITS.timeNote),
  };
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
