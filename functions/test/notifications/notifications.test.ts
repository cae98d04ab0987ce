/**
 * onTaskWritten and onInvoiceWritten handlers, called directly with write events (the exports
 * pass exactly these; test/access/wiring.test.ts fires the deployed triggers).
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import { db } from '../../src/admin';
import { onInvoiceWrittenHandler } from '../../src/notifications/onInvoiceWritten';
import { onTaskWrittenHandler } from '../../src/notifications/onTaskWritten';
import { paths, type Invoice, type MailMessage, type TaskStatus } from '../../src/model';
import { setPortalSettings } from '../support/invoices';
import { APP_URL, company, contact, deps, uid } from '../support/world';

async function mailsTo(email: string): Promise<Array<MailMessage & { id: string }>> {
  const snap = await db.collection(paths.mail()).where('to', '==', email).get();
  return snap.docs.map((d) => ({ id: d.id, ...(d.data() as MailMessage) }));
}

/** A client company with one contact in each portal state. */
async function audience() {
  const acme = await company('client', 'Acme Corp');
  const [active, activeToo, invited, revoked, none] = await Promise.all([
    contact(acme.companyId, 'active', { name: 'Carol Chen' }),
    contact(acme.companyId, 'active'),
    contact(acme.companyId, 'invited'),
    contact(acme.companyId, 'revoked'),
    contact(acme.companyId, 'none'),
  ]);
  return { acme, active, activeToo, silent: [invited, revoked, none] };
}

const task = (status: TaskStatus, projectId = 'website') => ({ projectId, title: 'Homepage copy', status, description: 'Draft v2' });

describe('onTaskWritten', () => {
  it("mails the company's active portal contacts when a task becomes done, with a link and no internal notes", async () => {
    const { acme, active, activeToo, silent } = await audience();
    const taskId = uid('task');
    await db.doc(paths.project(acme.companyId, 'website')).set({ name: 'Website Redesign' });
    await db.doc(`${paths.task(acme.companyId, taskId)}/notes/n1`).set({ body: 'INTERNAL: client is slow to pay', authorUid: 'u', authorName: 'Sam' });

    const sent = await onTaskWrittenHandler(
      { id: uid('evt'), params: { companyId: acme.companyId, taskId }, before: task('in_review'), after: task('done') },
      deps(),
    );

    expect(sent).toBe(2);
    const [mail] = await mailsTo(active.email);
    expect(mail?.message.subject).toBe('Done: Homepage copy');
    expect(mail?.message.text).toContain('Hi Carol Chen,');
    expect(mail?.message.text).toContain('Website Redesign');
    expect(mail?.message.text).toContain(`${APP_URL}/portal/tasks/${taskId}`);
    expect(mail?.message.html).toContain(`href="${APP_URL}/portal/tasks/${taskId}"`);
    expect(JSON.stringify(mail)).not.toContain('INTERNAL');
    expect(await mailsTo(activeToo.email)).toHaveLength(1);
    for (const c of silent) expect(await mailsTo(c.email)).toEqual([]);
  });

  it('sends once per task and completion day: redelivered events and Done toggled off and on again mail once', async () => {
    const { acme, active, activeToo } = await audience();
    const params = { companyId: acme.companyId, taskId: uid('task') };
    const event = { id: uid('evt'), params, before: task('todo'), after: task('done') };
    const today = new Date('2026-12-03T09:00:00Z');

    const first = await onTaskWrittenHandler(event, deps(today));
    const second = await onTaskWrittenHandler(event, deps(today));
    const concurrent = await Promise.all([onTaskWrittenHandler(event, deps(today)), onTaskWrittenHandler(event, deps(today))]);
    // Done → In progress → Done again, the same day: a new event, the same notice.
    const toggled = await onTaskWrittenHandler({ ...event, id: uid('evt'), before: task('in_progress') }, deps(new Date('2026-12-03T17:00:00Z')));

    expect([first, second, ...concurrent, toggled]).toEqual([2, 0, 0, 0, 0]);
    expect(await mailsTo(active.email)).toHaveLength(1);
    expect(await mailsTo(activeToo.email)).toHaveLength(1);
    // Completed again on a later day (reopened in between): a new notice.
    expect(await onTaskWrittenHandler({ ...event, id: uid('evt') }, deps(new Date('2026-12-04T09:00:00Z')))).toBe(2);
    expect(await mailsTo(active.email)).toHaveLength(2);
  });

  it('stays quiet unless the status changes into done', async () => {
    const { acme, active } = await audience();
    const params = { companyId: acme.companyId, taskId: uid('task') };
    const cases = [
      { before: task('done'), after: { ...task('done'), title: 'Renamed' } },
      { before: task('todo'), after: task('in_progress') },
      { before: task('done'), after: task('in_review') },
      { before: undefined, after: task('done') },
      { before: task('done'), after: undefined },
    ];
    for (const c of cases) expect(await onTaskWrittenHandler({ id: uid('evt'), params, ...c }, deps())).toBe(0);
    expect(await mailsTo(active.email)).toEqual([]);
  });
});

describe('onInvoiceWritten', () => {
  const invoice = (status: Invoice['status']): Partial<Invoice> => ({
    number: 'INV-1002',
    status,
    total: 123450,
    amountPaid: 0,
    currency: 'USD',
    dueDate: '2026-12-01',
  });

  it('mails "new invoice" with number, amount, due date and link when a draft is issued; once per event', async () => {
    const { acme, active, activeToo, silent } = await audience();
    const invoiceId = uid('inv');
    const event = { id: uid('evt'), params: { companyId: acme.companyId, invoiceId }, before: invoice('draft'), after: invoice('pending') };
    await setPortalSettings(false);
    // the agency's name comes from settings/branding (other suites share the emulator: set it)
    await db.doc(paths.branding()).set({ agencyName: 'Bright Agency', logoUrl: '', primaryColor: '#112233', accentColor: '#445566', customDomain: '' });
    onTestFinished(() => db.doc(paths.branding()).delete().then(() => undefined));

    expect(await onInvoiceWrittenHandler(event, deps())).toBe(2);
    expect(await onInvoiceWrittenHandler(event, deps())).toBe(0);

    const mails = await mailsTo(active.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.message.subject).toBe('New invoice INV-1002 from Bright Agency');
    expect(mails[0]?.message.text).toContain('$1,234.50');
    expect(mails[0]?.message.text).toContain('due December 1, 2026');
    // Online payment is off in this fixture: the email does not promise it.
    expect(mails[0]?.message.text).toContain('You can see its details in your portal.');
    expect(mails[0]?.message.text).not.toMatch(/pay it|download/i);
    expect(mails[0]?.message.text).toContain(`${APP_URL}/portal/invoices/${invoiceId}`);
    expect(await mailsTo(activeToo.email)).toHaveLength(1);
    for (const c of silent) expect(await mailsTo(c.email)).toEqual([]);
  });

  it('promises online payment only when the agency turned it on', async () => {
    const { acme, active } = await audience();
    await setPortalSettings(true);
    try {
      const event = { id: uid('evt'), params: { companyId: acme.companyId, invoiceId: uid('inv') }, before: invoice('draft'), after: invoice('pending') };
      await onInvoiceWrittenHandler(event, deps());
      expect((await mailsTo(active.email))[0]?.message.text).toContain('You can see its details and pay it online in your portal.');
    } finally {
      await setPortalSettings(null);
    }
  });

  it('stays quiet for every other transition', async () => {
    const { acme, active } = await audience();
    const params = { companyId: acme.companyId, invoiceId: uid('inv') };
    const cases = [
      { before: undefined, after: invoice('pending') },
      { before: invoice('draft'), after: invoice('draft') },
      { before: invoice('draft'), after: invoice('void') },
      { before: invoice('pending'), after: invoice('overdue') },
      { before: invoice('pending'), after: invoice('paid') },
      { before: invoice('overdue'), after: invoice('pending') },
    ];
    for (const c of cases) expect(await onInvoiceWrittenHandler({ id: uid('evt'), params, ...c }, deps())).toBe(0);
    expect(await mailsTo(active.email)).toEqual([]);
  });
});

describe('notices follow portal scopes (contact.scopes; absent = both)', () => {
  async function scopedAudience() {
    const acme = await company('client', 'Acme Corp');
    const [both, billingOnly, workOnly] = await Promise.all([
      contact(acme.companyId, 'active'),
      contact(acme.companyId, 'active', { name: 'Bill Chen', scopes: ['billing'] }),
      contact(acme.companyId, 'active', { scopes: ['work'] }),
    ]);
    return { acme, both, billingOnly, workOnly };
  }

  it('task done: contacts who see work get it, a billing-only contact does not', async () => {
    const { acme, both, billingOnly, workOnly } = await scopedAudience();
    const event = { id: uid('evt'), params: { companyId: acme.companyId, taskId: uid('task') }, before: task('in_review'), after: task('done') };

    expect(await onTaskWrittenHandler(event, deps())).toBe(2);

    expect(await mailsTo(both.email)).toHaveLength(1);
    expect(await mailsTo(workOnly.email)).toHaveLength(1);
    expect(await mailsTo(billingOnly.email)).toEqual([]);
  });

  it('invoice issued: contacts who see billing get it, a work-only contact does not', async () => {
    const { acme, both, billingOnly, workOnly } = await scopedAudience();
    const invoice = (status: Invoice['status']): Partial<Invoice> => ({ number: 'INV-9', status, total: 1000, amountPaid: 0, currency: 'USD', dueDate: '2026-12-01' });
    const event = { id: uid('evt'), params: { companyId: acme.companyId, invoiceId: uid('inv') }, before: invoice('draft'), after: invoice('pending') };

    expect(await onInvoiceWrittenHandler(event, deps())).toBe(2);

    expect(await mailsTo(both.email)).toHaveLength(1);
    expect(await mailsTo(billingOnly.email)).toHaveLength(1);
    expect((await mailsTo(billingOnly.email))[0]?.message.text).toContain('Hi Bill Chen,');
    expect(await mailsTo(workOnly.email)).toEqual([]);
  });
});
