/**
 * Who on the agency's side hears about something a client did (a new request, an approval):
 * people with an active staff or admin profile (`users/{uid}`: role, status, email), found by
 * uid or as the agency's admins. Single-field queries only: no composite index needed.
 */
import type { Firestore } from 'firebase-admin/firestore';
import { paths, type Project, type UserProfile } from '../model';

export interface StaffRecipient {
  uid: string;
  name: string;
  email: string;
}

export function asRecipient(uid: string, profile: Partial<UserProfile> | undefined): StaffRecipient | null {
  if (!profile || profile.status !== 'active' || (profile.role !== 'staff' && profile.role !== 'admin')) return null;
  if (typeof profile.email !== 'string' || !profile.email.includes('@')) return null;
  return { uid, name: profile.displayName || '', email: profile.email };
}

/** The active staff and admins among `uids` (others — a departed member, a client — are skipped). */
export async function staffByUid(db: Firestore, uids: readonly string[]): Promise<StaffRecipient[]> {
  const unique = [...new Set(uids.filter((uid) => typeof uid === 'string' && uid.length > 0))];
  if (unique.length === 0) return [];
  const snaps = await db.getAll(...unique.map((uid) => db.doc(paths.user(uid))));
  return snaps.map((snap) => asRecipient(snap.id, snap.data() as Partial<UserProfile> | undefined)).filter((r): r is StaffRecipient => r !== null);
}

/** The agency's active admins. */
export async function activeAdmins(db: Firestore): Promise<StaffRecipient[]> {
  const snap = await db.collection(paths.users()).where('role', '==', 'admin').get();
  return snap.docs.map((doc) => asRecipient(doc.id, doc.data() as Partial<UserProfile>)).filter((r): r is StaffRecipient => r !== null);
}

/** Every active staff member and admin (the fallback when nobody more specific is found). */
export async function activeStaff(db: Firestore): Promise<StaffRecipient[]> {
  const snap = await db.collection(paths.users()).where('role', 'in', ['staff', 'admin']).get();
  return snap.docs.map((doc) => asRecipient(doc.id, doc.data() as Partial<UserProfile>)).filter((r): r is StaffRecipient => r !== null);
}

/** The team of a project (its `team` list), or of the company's current (active, planned) projects. */
export async function projectTeams(db: Firestore, companyId: string, projectId: string | null): Promise<{ uids: string[]; projectName: string | null }> {
  if (projectId) {
    const project = (await db.doc(paths.project(companyId, projectId)).get()).data() as Partial<Project> | undefined;
    return { uids: (project?.team ?? []).map((m) => m.uid), projectName: project?.name ?? null };
  }
  const snap = await db.collection(paths.projects(companyId)).where('status', 'in', ['active', 'planned']).get();
  return { uids: snap.docs.flatMap((doc) => ((doc.data() as Partial<Project>).team ?? []).map((m) => m.uid)), projectName: null };
}

/** Recipients in order, each email once. */
export function uniqueByEmail(...lists: StaffRecipient[][]): StaffRecipient[] {
  const seen = new Set<string>();
  const out: StaffRecipient[] = [];
  for (const r of lists.flat()) {
    const key = r.email.trim().toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out;
}
