/**
 * Contact writes (isValidContact). `portal` and `uid` are never written here: a new contact
 * starts at portal 'none', and only inviteUser / acceptInvitation / setUserAccess change them.
 */
import { addDoc, collection, deleteDoc, doc, updateDoc, type Firestore } from 'firebase/firestore';
import { paths } from '@model';

export interface ContactFields {
  name: string;
  email: string;
  phone: string;
  title: string;
}

function clean(fields: ContactFields): ContactFields {
  return { name: fields.name.trim(), email: fields.email.trim().toLowerCase(), phone: fields.phone.trim(), title: fields.title.trim() };
}

export async function addContact(db: Firestore, companyId: string, fields: ContactFields): Promise<string> {
  const ref = await addDoc(collection(db, paths.contacts(companyId)), { ...clean(fields), portal: 'none', uid: null });
  return ref.id;
}

export async function updateContact(db: Firestore, companyId: string, contactId: string, fields: ContactFields): Promise<void> {
  await updateDoc(doc(db, `${paths.contacts(companyId)}/${contactId}`), { ...clean(fields) });
}

export async function deleteContact(db: Firestore, companyId: string, contactId: string): Promise<void> {
  await deleteDoc(doc(db, `${paths.contacts(companyId)}/${contactId}`));
}

export function validateContact(fields: ContactFields): string | null {
  if (!fields.name.trim()) return 'Give the contact a name.';
  if (fields.name.trim().length > 200) return 'Names are limited to 200 characters.';
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(fields.email.trim())) return 'Enter a valid email address: portal invitations go there.';
  if (fields.phone.length > 200 || fields.title.length > 200) return 'Phone and title are limited to 200 characters.';
  return null;
}
