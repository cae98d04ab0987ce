/**
 * Outgoing mail: documents in `mail/` in the Trigger Email extension's format
 * (`to`, `message: {subject, text, html}`). Ids are chosen by the caller so a retried write
 * never sends twice.
 */
import type { Firestore } from 'firebase-admin/firestore';
import { paths, type Branding, type Contact, type MailMessage } from '../model';

const GRPC_ALREADY_EXISTS = 6;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A document id from any string (event ids may hold characters ids should not). */
export function safeId(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 200);
}

export interface MailContent {
  to: string;
  subject: string;
  greeting: string;
  paragraphs: string[];
  action: { label: string; url: string };
  footer: string;
}

export function renderMail(content: MailContent): MailMessage {
  const text = [content.greeting, ...content.paragraphs, `${content.action.label}: ${content.action.url}`, content.footer].join('\n\n');
  const html = [
    `<p>${escapeHtml(content.greeting)}</p>`,
    ...content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(content.action.url)}">${escapeHtml(content.action.label)}</a></p>`,
    `<p style="color:#666;font-size:12px">${escapeHtml(content.footer)}</p>`,
  ].join('\n');
  return { to: content.to, message: { subject: content.subject, text, html } };
}

/** The agency's name from `settings/branding`, for subjects and signatures. */
export async function agencyName(db: Firestore): Promise<string> {
  const snap = await db.doc(paths.branding()).get();
  const name = (snap.data() as Partial<Branding> | undefined)?.agencyName;
  return typeof name === 'string' && name.trim() ? name.trim() : 'Your agency';
}

export interface Recipient {
  contactId: string;
  name: string;
  email: string;
}

/** The company's contacts whose portal access is active: the people who get notifications. */
export async function activePortalContacts(db: Firestore, companyId: string): Promise<Recipient[]> {
  const snap = await db.collection(paths.contacts(companyId)).where('portal', '==', 'active').get();
  return snap.docs
    .map((doc) => ({ doc, contact: doc.data() as Partial<Contact> }))
    .filter(({ contact }) => typeof contact.email === 'string' && contact.email.includes('@'))
    .map(({ doc, contact }) => ({ contactId: doc.id, name: contact.name || '', email: String(contact.email) }));
}

/** Creates `mail/{id}` unless it exists; true when this call created it. */
export async function createMailOnce(db: Firestore, id: string, mail: MailMessage): Promise<boolean> {
  try {
    await db.doc(`${paths.mail()}/${id}`).create(mail);
    return true;
  } catch (error) {
    if ((error as { code?: unknown }).code === GRPC_ALREADY_EXISTS) return false;
    throw error;
  }
}
