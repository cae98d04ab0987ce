/**
 * Contact writes (isValidContact). `portal` and `uid` are never written here: a new contact
 * starts at portal 'none', and only inviteUser / acceptInvitation / setUserAccess change them.
 */
import { addDoc, deleteDoc, updateDoc, type Firestore } from 'firebase/firestore';
import { paths, type Contact } from '@model';
import { writeCollection, writeDoc } from '../../lib/writeRefs';

export type ContactFields = Pick<Contact, 'name' | 'email' | 'phone' | 'title'>;

const contactDoc = (db: Firestore, companyId: string, contactId: string) => writeDoc<Contact>(db, `${paths.contacts(companyId)}/${contactId}`);

function clean(fields: ContactFields): ContactFields {
  return { name: fields.name.trim(), email: fields.email.trim().toLowerCase(), phone: fields.phone.trim(), title: fields.title.trim() };
}

export async function addContact(db: Firestore, companyId: string, fields: ContactFields): Promise<string> {
  const ref = await addDoc(writeCollection<Contact>(db, paths.contacts(companyId)), { ...clean(fields), portal: 'none', uid: null });
  return ref.id;
}

export async function updateContact(db: Firestore, companyId: string, contactId: string, fields: ContactFields): Promise<void> {
  await updateDoc(contactDoc(db, companyId, contactId), { ...clean(fields) });
}

export async function deleteContact(db: Firestore, companyId: string, contactId: string): Promise<void> {
  await deleteDoc(contactDoc(db, companyId, contactId));
}
