/** CRM writes, shaped as firestore.rules validates them (isValidCompany, isValidCrm). */
import { collection, doc, serverTimestamp, setDoc, Timestamp, updateDoc, writeBatch, type Firestore } from 'firebase/firestore';
import { paths, type CompanyStatus } from '@model';

export interface CompanyFields {
  name: string;
  status: CompanyStatus;
  website: string;
  logoUrl: string;
}

export interface CrmFields {
  /** minor units */
  dealValue: number;
  source: string;
  stage: string;
  ownerUid: string;
  /** a moment in the past (the rules refuse the future), or null */
  lastInteractionAt: Date | null;
}

/** A new company and its (empty) CRM record, in one batch. Returns the new id. */
export async function createCompany(db: Firestore, fields: CompanyFields, ownerUid: string): Promise<string> {
  const ref = doc(collection(db, paths.companies()));
  const batch = writeBatch(db);
  batch.set(ref, { ...clean(fields), createdAt: serverTimestamp() });
  batch.set(doc(db, paths.companyCrm(ref.id)), {
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
  await updateDoc(doc(db, paths.company(companyId)), clean(fields));
}

/** "Mark as won": the company becomes a Client and its deal stage Won, touched now. */
export async function markCompanyWon(db: Firestore, companyId: string, crm: CrmFields | null, ownerUid: string): Promise<void> {
  const batch = writeBatch(db);
  batch.update(doc(db, paths.company(companyId)), { status: 'client' });
  batch.set(doc(db, paths.companyCrm(companyId)), {
    dealValue: crm?.dealValue ?? 0,
    source: crm?.source ?? '',
    stage: 'Won',
    ownerUid: crm?.ownerUid || ownerUid,
    lastInteractionAt: serverTimestamp(),
  });
  await batch.commit();
}

export async function saveCrm(db: Firestore, companyId: string, crm: CrmFields): Promise<void> {
  await setDoc(doc(db, paths.companyCrm(companyId)), {
    dealValue: crm.dealValue,
    source: crm.source.trim(),
    stage: crm.stage.trim(),
    ownerUid: crm.ownerUid,
    lastInteractionAt: crm.lastInteractionAt ? Timestamp.fromDate(crm.lastInteractionAt) : null,
  });
}

function clean<T extends Partial<CompanyFields>>(fields: T): T {
  const out = { ...fields };
  if (typeof out.name === 'string') out.name = out.name.trim();
  if (typeof out.website === 'string') out.website = out.website.trim();
  if (typeof out.logoUrl === 'string') out.logoUrl = out.logoUrl.trim();
  return out;
}
