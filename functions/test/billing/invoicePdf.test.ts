/**
 * invoicePdf: the PDF's text is parsed (pdfjs) and its figures checked; access is the rules' —
 * a client gets their own company's issued invoices only, staff any, nobody a stranger's.
 * Real ID tokens from the Auth emulator; once over HTTP through the Functions emulator.
 */
import { Timestamp } from 'firebase-admin/firestore';
import { PassThrough } from 'node:stream';
import { describe, expect, it, onTestFinished } from 'vitest';
import { auth, db } from '../../src/admin';
import { invoicePdfHandler, type PdfResult } from '../../src/billing/invoicePdf';
import { startPreviewHandler } from '../../src/preview/startPreview';
import { paths, type Payment } from '../../src/model';
import { functionUrl, signInWithCustomToken } from '../support/emulators';
import { seedInvoice } from '../support/invoices';
import { account, deps, staff } from '../support/world';

async function pdfBytes(result: PdfResult): Promise<Buffer> {
  if (result.status !== 200) throw new Error(`expected a PDF, got ${result.status}: ${result.message}`);
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => out.on('end', resolve));
  result.render(out);
  await done;
  return Buffer.concat(chunks);
}

async function pdfText(bytes: Buffer): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const lines: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    lines.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return lines.join('\n').replace(/\s+/g, ' ');
}

const get = (idToken: string | null, companyId: string, invoiceId: string) =>
  invoicePdfHandler({ method: 'GET', authorization: idToken ? `Bearer ${idToken}` : undefined, query: { companyId, invoiceId } }, deps());

async function clientOf(companyId: string) {
  return account('client', { claims: { role: 'client', companyId } });
}

describe('invoicePdf', () => {
  it("gives a client their invoice: branding, lines, tax, totals, payments, status and due date", async () => {
    await db.doc(paths.branding()).set({ agencyName: 'Northwind Studio', logoUrl: '', primaryColor: '#0f766e', accentColor: '#f59e0b', customDomain: '' });
    onTestFinished(() => db.doc(paths.branding()).delete().then(() => undefined));
    const seeded = await seedInvoice({
      status: 'pending',
      dueDate: '2027-01-02',
      lineItems: [
        { description: 'Design sprint', quantity: 1, unitAmount: 150000, kind: 'fixed' },
        { description: 'Frontend build', quantity: 12.5, unitAmount: 9000, kind: 'hourly' },
      ],
      subtotal: 262500,
      tax: 26250,
      total: 288750,
      amountPaid: 100000,
    });
    const payment: Payment = { invoiceId: seeded.invoiceId, amount: 100000, currency: 'USD', provider: 'stripe', stripeSessionId: 'cs_test', paidAt: Timestamp.fromDate(new Date('2026-11-20T10:00:00Z')) };
    await db.doc(`${paths.payments(seeded.companyId)}/stripe_cs_test`).set(payment);
    // Recorded by staff but refused by onManualPaymentCreated: it never counted, so it is not listed.
    const refused: Payment = { ...payment, amount: 900000, provider: 'manual', stripeSessionId: null, paidAt: Timestamp.fromDate(new Date('2026-11-21T10:00:00Z')), notAppliedReason: 'exceeds_balance' };
    await db.doc(`${paths.payments(seeded.companyId)}/manual-refused`).set(refused);
    const carol = await clientOf(seeded.companyId);

    const bytes = await pdfBytes(await get(carol.session.idToken, seeded.companyId, seeded.invoiceId));

    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(bytes);
    for (const expected of [
      'Northwind Studio',
      `Invoice ${seeded.invoice.number}`,
      'Status: Due',
      'Due: January 2, 2027',
      'Design sprint',
      'Frontend build',
      '$1,125.00',
      'Subtotal: $2,625.00',
      'Tax: $262.50',
      'Total: $2,887.50',
      'Paid: $1,000.00',
      'Balance due: $1,887.50',
      'November 20, 2026 · Card (Stripe) · $1,000.00',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('November 21, 2026');
    expect(text).not.toContain('$9,000.00');
  });

  it('refuses drafts and other companies to a client (404), and anyone unsigned (401); staff get drafts', async () => {
    const draft = await seedInvoice({ status: 'draft' });
    const issued = await seedInvoice({ status: 'paid' }, draft.companyId);
    const other = await seedInvoice({ status: 'pending' });
    const carol = await clientOf(draft.companyId);

    expect((await get(carol.session.idToken, draft.companyId, draft.invoiceId)).status).toBe(404);
    expect((await get(carol.session.idToken, other.companyId, other.invoiceId)).status).toBe(404);
    expect((await get(null, issued.companyId, issued.invoiceId)).status).toBe(401);
    expect((await get('not-a-token', issued.companyId, issued.invoiceId)).status).toBe(401);
    expect((await get(carol.session.idToken, draft.companyId, 'a/b')).status).toBe(400);
    // controls: the client's paid invoice, and staff with the draft
    expect((await get(carol.session.idToken, issued.companyId, issued.invoiceId)).status).toBe(200);
    const sam = await staff();
    expect((await get(sam.session.idToken, draft.companyId, draft.invoiceId)).status).toBe(200);
  });

  it('refuses a revoked session, and lets a fresh View as preview read what the client reads', async () => {
    const seeded = await seedInvoice({ status: 'overdue' });
    const carol = await clientOf(seeded.companyId);
    await new Promise((r) => setTimeout(r, 1100));
    await auth.revokeRefreshTokens(carol.uid);
    expect((await get(carol.session.idToken, seeded.companyId, seeded.invoiceId)).status).toBe(401);

    const sam = await staff();
    const preview = await startPreviewHandler(sam.request({ companyId: seeded.companyId }), deps());
    const { idToken } = await signInWithCustomToken(preview.token);
    expect((await get(idToken, seeded.companyId, seeded.invoiceId)).status).toBe(200);
  });

  it('streams over HTTP as application/pdf from the deployed function', async () => {
    const seeded = await seedInvoice({ status: 'pending' });
    const carol = await clientOf(seeded.companyId);
    const url = `${functionUrl('invoicePdf')}?companyId=${seeded.companyId}&invoiceId=${seeded.invoiceId}`;
    const res = await fetch(url, { headers: { Authorization: `Bearer ${carol.session.idToken}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(`${seeded.invoice.number}.pdf`);
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    const refused = await fetch(url);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ error: 'Sign in to download invoices.' });
  });
});
