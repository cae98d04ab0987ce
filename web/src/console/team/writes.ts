/** Team writes (admin), shaped as the rules validate them (isValidStaff, isValidRate). */
import { writeBatch, type Firestore } from 'firebase/firestore';
import { paths, type StaffMember, type StaffRate } from '@model';
import { writeDoc } from '../../lib/writeRefs';

const memberDoc = (db: Firestore, uid: string) => writeDoc<StaffMember>(db, `${paths.staff()}/${uid}`);
const rateDoc = (db: Firestore, uid: string) => writeDoc<StaffRate>(db, `${paths.staffRates()}/${uid}`);

/**
 * A member's directory card with their rate — set, removed ('remove'), or left as it is (null) —
 * in one batch, so a refused rate never leaves the card saved without it.
 */
export async function saveStaffMember(db: Firestore, uid: string, member: StaffMember, rate: StaffRate | 'remove' | null): Promise<void> {
  const batch = writeBatch(db);
  batch.set(memberDoc(db, uid), {
    displayName: member.displayName.trim(),
    title: member.title.trim(),
    skills: member.skills.map((s) => s.trim()).filter(Boolean).slice(0, 50),
    capacityHoursPerWeek: member.capacityHoursPerWeek,
    active: member.active,
  });
  if (rate === 'remove') batch.delete(rateDoc(db, uid));
  else if (rate) batch.set(rateDoc(db, uid), { hourlyRate: rate.hourlyRate, costRate: rate.costRate, currency: rate.currency });
  await batch.commit();
}
