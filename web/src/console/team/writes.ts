/** Team writes (admin), shaped as the rules validate them (isValidStaff, isValidRate). */
import { deleteDoc, setDoc, type Firestore } from 'firebase/firestore';
import { paths, type StaffMember, type StaffRate } from '@model';
import { writeDoc } from '../../lib/writeRefs';

const memberDoc = (db: Firestore, uid: string) => writeDoc<StaffMember>(db, `${paths.staff()}/${uid}`);
const rateDoc = (db: Firestore, uid: string) => writeDoc<StaffRate>(db, `${paths.staffRates()}/${uid}`);

export async function saveStaffMember(db: Firestore, uid: string, member: StaffMember): Promise<void> {
  await setDoc(memberDoc(db, uid), {
    displayName: member.displayName.trim(),
    title: member.title.trim(),
    skills: member.skills.map((s) => s.trim()).filter(Boolean).slice(0, 50),
    capacityHoursPerWeek: member.capacityHoursPerWeek,
    active: member.active,
  });
}

export async function saveStaffRate(db: Firestore, uid: string, rate: StaffRate): Promise<void> {
  await setDoc(rateDoc(db, uid), {
    hourlyRate: rate.hourlyRate,
    costRate: rate.costRate,
    currency: rate.currency,
  });
}

export async function deleteStaffRate(db: Firestore, uid: string): Promise<void> {
  await deleteDoc(rateDoc(db, uid));
}
