/**
 * Outgoing mail: documents in `mail/` in the Trigger Email extension's format
 * (`to`, `message: {subject, text, html}`). Ids are chosen by the caller so a retried write
 * never sends twice. Mail bodies hold sign-in links, so `mail/` is Functions-only; each message
 * is queued together with its redacted `outbox/{id}` entry, the only view staff have of it.
 */
import { Timestamp, type Firestore, type Transaction } from 'firebase-admin/firestore';
import { MAIL_STATES, paths, type Branding, type Contact, type MailKind, type MailMessage, type MailState, type OutboxEntry, type OutboxRefs, type PortalScope } from '../model';
import { hasScope } from './claims';

const GRPC_ALREADY_EXISTS = 6;

/** Mails and invoice PDFs are written in US English (dates, amounts). */
export const TEXT_LOCALE = 'en-US';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A document id from any string (event ids may hold characters ids should not). */
export function safeId(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 200);
}

export interface MailContent {
  /** one address, or several for a notice to a team (one message, every recipient sees the others) */
  to: string | string[];
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

/**
 * The company's contacts whose portal access is active: the people who get notifications. With
 * `scope`, only those whose portal shows that area (contact.scopes; absent = both): a billing-only
 * contact hears about invoices, not tasks.
 */
export async function activePortalContacts(db: Firestore, companyId: string, scope?: PortalScope): Promise<Recipient[]> {
  const snap = await db.collection(paths.contacts(companyId)).where('portal', '==', 'active').get();
  return snap.docs
    .map((doc) => ({ doc, contact: doc.data() as Partial<Contact> }))
    .filter(({ contact }) => typeof contact.email === 'string' && contact.email.includes('@'))
    .filter(({ contact }) => !scope || hasScope(contact.scopes, scope))
    .map(({ doc, contact }) => ({ contactId: doc.id, name: contact.name || '', email: String(contact.email) }));
}

/** What the Outbox may say about a message besides its recipients and subject. */
export interface MailMeta {
  kind: MailKind;
  refs: OutboxRefs;
}

/** Text with every URL replaced: what staff may read of a message. */
export function withoutLinks(text: string): string {
  return text.replace(/\b(?:https?|ftp|file|mailto|javascript):[^\s<>"]*/gi, '[link removed]').replace(/\bwww\.[^\s<>"]+/gi, '[link removed]');
}

function recipients(to: string | string[]): string[] {
  return Array.isArray(to) ? to : [to];
}

/** The extension's delivery state as the Outbox shows it (unknown values read as PROCESSING). */
export function mailState(mail: MailMessage): MailState {
  const state = mail.delivery?.state;
  if (state === undefined) return 'queued';
  return (MAIL_STATES as readonly string[]).includes(state) ? (state as MailState) : 'PROCESSING';
}

/** The redacted Outbox entry of a message. */
export function outboxEntry(mail: MailMessage, meta: MailMeta, createdAt: Timestamp, now: Timestamp): OutboxEntry {
  const state = mailState(mail);
  return {
    to: recipients(mail.to),
    subject: mail.message.subject,
    kind: meta.kind,
    refs: meta.refs,
    summary: withoutLinks(mail.message.text).slice(0, 2000),
    state,
    error: state === 'ERROR' ? String(mail.delivery?.error ?? 'Delivery failed.').slice(0, 500) : null,
    createdAt,
    updatedAt: now,
    deliveredAt: state === 'SUCCESS' || state === 'ERROR' ? ((mail.delivery?.endTime as Timestamp | undefined) ?? now) : null,
  };
}

/** Queues a message and its Outbox entry inside a transaction (both must not exist yet). */
export function queueMail(tx: Transaction, db: Firestore, id: string, mail: MailMessage, meta: MailMeta, now: Timestamp): void {
  tx.create(db.doc(`${paths.mail()}/${id}`), mail);
  tx.create(db.doc(`${paths.outbox()}/${id}`), outboxEntry(mail, meta, now, now));
}

/** Creates `mail/{id}` (and its Outbox entry) unless it exists; true when this call created it. */
export async function createMailOnce(db: Firestore, id: string, mail: MailMessage, meta: MailMeta): Promise<boolean> {
  const now = Timestamp.now();
  try {
    const batch = db.batch();
    batch.create(db.doc(`${paths.mail()}/${id}`), mail);
    batch.create(db.doc(`${paths.outbox()}/${id}`), outboxEntry(mail, meta, now, now));
    await batch.commit();
    return true;
  } catch (error) {
    if ((error as { code?: unknown }).code === GRPC_ALREADY_EXISTS) return false;
    throw error;
  }
}
