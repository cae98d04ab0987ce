/** CRM writes, shaped as firestore.rules validates them (isValidCompany, isValidCrm). */
import { serverTimestamp, setDoc, Timestamp, updateDoc, writeBatch, type Firestore } from 'firebase/firestore';
import { paths, type Company, type CompanyCrm } from '@model';
import { newDoc, writeDoc } from '../../lib/writeRefs';

export type CompanyFields = Pick<Company, 'name' | 'status' | 'website' | 'logoUrl'>;

export type CrmFields = Pick<CompanyCrm, 'dealValue' | 'source' | 'stage' | 'ownerUid'> & {
  /** a moment in the past (the rules refuse the future), 'now' (the server's time), or null */
  lastInteractionAt: Date | 'now' | null;
};

const companyDoc = (db: Firestore, companyId: string) => writeDoc<Company>(db, paths.company(companyId));
const crmDoc = (db: Firestore, companyId: string) => writeDoc<CompanyCrm>(db, paths.companyCrm(companyId));

/** A new company and its (empty) CRM record, in one batch. Returns the new id. */
export async function createCompany(db: Firestore, fields: CompanyFields, ownerUid: string): Promise<string> {
  const ref = newDoc<Company>(db, paths.companies());
  const batch = writeBatch(db);
  batch.set(ref, { ...clean(fields), createdAt: serverTimestamp() });
  batch.set(crmDoc(db, ref.id), {
    dealValue: 0,
    source: '',
    stage: fields.status === 'client' ? 'Won' : 'New',
    ownerUid,
    lastInteractionAt: null,
  });
  await batch.commit();
  return ref.id;
}

export async function updateCompany(db: Firestore, companyId: string, fields: Partial<CompanyFields>): Promise<void> {
  await updateDoc(companyDoc(db, companyId), clean(fields));
}

/** "Mark as won": the company becomes a Client and its deal stage Won, touched now. */
export async function markCompanyWon(db: Firestore, companyId: string, crm: CrmFields | null, ownerUid: string): Promise<void> {
  const batch = writeBatch(db);
  batch.update(companyDoc(db, companyId), { status: 'client' });
  batch.set(crmDoc(db, companyId), {
    dealValue: crm?.dealValue ?? 0,
    source: crm?.source ?? '',
    stage: 'Won',
    ownerUid: crm?.ownerUid || ownerUid,
    lastInteractionAt: serverTimestamp(),
  });
  await batch.commit();
}

/**
 * Saves the CRM record. With `changed` (an existing record), only those fields are written, so a
 * colleague's change to another field made meanwhile stays, and an untouched last interaction
 * keeps its exact time.
 */
export async function saveCrm(db: Firestore, companyId: string, crm: CrmFields, changed?: readonly (keyof CrmFields)[]): Promise<void> {
  const all = {
    dealValue: crm.dealValue,
    source: crm.source.trim(),
    stage: crm.stage.trim(),
    ownerUid: crm.ownerUid,
    lastInteractionAt: crm.lastInteractionAt === 'now' ? serverTimestamp() : crm.lastInteractionAt ? Timestamp.fromDate(crm.lastInteractionAt) : null,
  };
  if (!changed) return setDoc(crmDoc(db, companyId), all);
  if (changed.length === 0) return;
  await setDoc(crmDoc(db, companyId), Object.fromEntries(changed.map((key) => [key, all[key]])), { merge: true });
}

function clean<T extends Partial<CompanyFields>>(fields: T): T {
  const out = { ...fields };
  if (typeof out.name === 'string') out.name = out.name.trim();
  if (typeof out.website === 'string') out.website = out.website.trim();
  if (typeof out.logoUrl === 'string') out.logoUrl = out.logoUrl.trim();
  return out;
}
