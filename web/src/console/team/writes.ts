/** Team writes (admin), shaped as the rules validate them (isValidStaff, isValidRate). */
import { deleteDoc, doc, setDoc, type Firestore } from 'firebase/firestore';
import { paths, type StaffMember, type StaffRate } from '@model';

export async function saveStaffMember(db: Firestore, uid: string, member: StaffMember): Promise<void> {
  await setDoc(doc(db, `${paths.staff()}/${uid}`), {
    displayName: member.displayName.trim(),
    title: member.title.trim(),
    skills: member.skills.map((s) => s.trim()).filter(Boolean).slice(0, 50),
    capacityHoursPerWeek: member.capacityHoursPerWeek,
    active: member.active,
  } satisfies StaffMember);
}

export async function saveStaffRate(db: Firestore, uid: string, rate: StaffRate): Promise<void> {
  await setDoc(doc(db, `${paths.staffRates()}/${uid}`), {
    hourlyRate: rate.hourlyRate,
    costRate: rate.costRate,
    currency: rate.currency,
  } satisfies StaffRate);
}

export async function deleteStaffRate(db: Firestore, uid: string): Promise<void> {
  await deleteDoc(doc(db, `${paths.staffRates()}/${uid}`));
}
