/**
 * invoicePdf (https, GET `?companyId=…&invoiceId=…` with `Authorization: Bearer <ID token>`):
 * an invoice as a PDF — agency branding, line items, tax, totals, payments, status, due date —
 * rendered on request and streamed; nothing is stored. It grants exactly what the rules grant a
 * read of the invoice: staff and admins any invoice; a client (or a fresh "View as" preview)
 * only their company's pending, overdue or paid invoices, never a draft, and only when their
 * portal includes billing (`scopes` claim; absent = both). Anything else is 404,
 * so a client cannot learn that another company's invoice exists.
 */
import PDFDocument from 'pdfkit';
import { onRequest } from 'firebase-functions/v2/https';
import { CLIENT_VISIBLE_INVOICE_STATUSES, PREVIEW_MAX_AGE_SECONDS, formatCalendarDate, formatMoney, invoiceBalance, paths, type Branding, type Company, type Invoice, type Payment } from '../model';
import { docId } from '../model/schemas';
import { hasCurrentScope } from '../shared/callable';
import { hasScope } from '../shared/claims';
import { runtimeDeps, type Deps } from '../shared/deps';
import { TEXT_LOCALE } from '../shared/mail';


export interface PdfRequest {
  method: string;
  authorization: string | undefined;
  query: Record<string, unknown>;
}

export type PdfResult =
  | { status: 200; filename: string; render: (out: NodeJS.WritableStream) => void }
  | { status: 400 | 401 | 404 | 405; message: string };

const STATUS_LABEL: Record<Invoice['status'], string> = { draft: 'Draft', pending: 'Due', overdue: 'Overdue', paid: 'Paid', void: 'Void' };

function mayRead(claims: Record<string, unknown>, companyId: string, invoice: Invoice, nowMs: number): boolean {
  const preview = claims.preview === true;
  if (!preview && (claims.role === 'admin' || claims.role === 'staff')) return true;
  if (claims.role !== 'client' || claims.companyId !== companyId) return false;
  if (preview && !(typeof claims.auth_time === 'number' && nowMs < (claims.auth_time + PREVIEW_MAX_AGE_SECONDS) * 1000)) return false;
  if (!hasScope(claims.scopes, 'billing')) return false;
  return (CLIENT_VISIBLE_INVOICE_STATUSES as readonly string[]).includes(invoice.status);
}

export async function invoicePdfHandler(request: PdfRequest, deps: Pick<Deps, 'db' | 'auth' | 'now'>): Promise<PdfResult> {
  if (request.method !== 'GET') return { status: 405, message: 'Use GET.' };
  const companyId = docId.safeParse(request.query.companyId);
  const invoiceId = docId.safeParse(request.query.invoiceId);
  if (!companyId.success || !invoiceId.success) return { status: 400, message: 'Name the invoice: ?companyId=…&invoiceId=…' };
  const token = /^Bearer (.+)$/.exec(request.authorization ?? '')?.[1];
  if (!token) return { status: 401, message: 'Sign in to download invoices.' };
  let claims: Record<string, unknown>;
  try {
    claims = await deps.auth.verifyIdToken(token, true);
  } catch {
    return { status: 401, message: 'Your session has ended. Sign in again to download invoices.' };
  }

  const { db } = deps;
  const [invoiceSnap, companySnap, brandingSnap, paymentsSnap] = await Promise.all([
    db.doc(paths.invoice(companyId.data, invoiceId.data)).get(),
    db.doc(paths.company(companyId.data)).get(),
    db.doc(paths.branding()).get(),
    db.collection(paths.payments(companyId.data)).where('invoiceId', '==', invoiceId.data).orderBy('paidAt').get(),
  ]);
  const invoice = invoiceSnap.data() as Invoice | undefined;
  if (!invoice || !mayRead(claims, companyId.data, invoice, deps.now().getTime())) {
    return { status: 404, message: 'There is no such invoice for you.' };
  }
  // A client's own session: billing must still be in the account's claims (a token from before
  // staff took it away still names it). A preview's claims live only in its token.
  if (claims.role === 'client' && claims.preview !== true && !(await hasCurrentScope(deps.auth, String(claims.uid), claims.scopes, 'billing'))) {
    return { status: 404, message: 'There is no such invoice for you.' };
  }
  const company = companySnap.data() as Partial<Company> | undefined;
  const branding = brandingSnap.data() as Partial<Branding> | undefined;
  // What counted toward amountPaid: a manual payment the trigger refused (or has not applied yet) is not one.
  const payments = paymentsSnap.docs.map((d) => d.data() as Payment).filter((p) => p.provider !== 'manual' || p.appliedAt);
  return {
    status: 200,
    filename: `${invoice.number.replace(/[^A-Za-z0-9._-]/g, '_') || 'invoice'}.pdf`,
    render: (out) => renderInvoice(out, { invoice, payments, companyName: company?.name ?? companyId.data, branding }),
  };
}

interface InvoiceView {
  invoice: Invoice;
  payments: Payment[];
  companyName: string;
  branding: Partial<Branding> | undefined;
}

function renderInvoice(out: NodeJS.WritableStream, view: InvoiceView): void {
  const { invoice, payments, companyName, branding } = view;
  const money = (minor: number) => formatMoney(minor, invoice.currency, TEXT_LOCALE);
  const agency = branding?.agencyName?.trim() || 'Your agency';
  const brand = /^#[0-9a-fA-F]{6}$/.test(branding?.primaryColor ?? '') ? branding!.primaryColor! : '#4f46e5';
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `Invoice ${invoice.number}`, Author: agency } });
  doc.pipe(out);

  doc.fillColor(brand).font('Helvetica-Bold').fontSize(20).text(agency);
  doc.moveDown(0.5).fillColor('#111827').fontSize(16).text(`Invoice ${invoice.number}`);
  doc.font('Helvetica').fontSize(10).fillColor('#374151');
  doc.text(`Status: ${STATUS_LABEL[invoice.status]}`);
  doc.text(`Billed to: ${companyName}`);
  doc.text(`Issued: ${formatCalendarDate(invoice.issueDate, TEXT_LOCALE)}`);
  doc.text(`Due: ${formatCalendarDate(invoice.dueDate, TEXT_LOCALE)}`);
  doc.moveDown();

  const columns = { description: 50, quantity: 330, unit: 390, amount: 470 };
  const row = (cells: [string, string, string, string], bold = false) => {
    const y = doc.y;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica');
    doc.text(cells[0], columns.description, y, { width: 270 });
    const end = doc.y;
    doc.text(cells[1], columns.quantity, y, { width: 50, align: 'right' });
    doc.text(cells[2], columns.unit, y, { width: 70, align: 'right' });
    doc.text(cells[3], columns.amount, y, { width: 75, align: 'right' });
    doc.x = columns.description;
    doc.y = Math.max(end, doc.y) + 4;
  };
  row(['Description', 'Qty', 'Unit', 'Amount'], true);
  for (const item of invoice.lineItems) {
    row([item.description, String(item.quantity), money(item.unitAmount), money(Math.round(item.quantity * item.unitAmount))]);
  }
  doc.moveDown();
  const total = (label: string, value: string, bold = false) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').text(`${label}: ${value}`, columns.quantity, doc.y, { width: 195, align: 'right' });
  };
  total('Subtotal', money(invoice.subtotal));
  total('Tax', money(invoice.tax));
  total('Total', money(invoice.total), true);
  total('Paid', money(invoice.amountPaid));
  total('Balance due', money(invoiceBalance(invoice)), true);
  doc.x = columns.description;

  if (payments.length > 0) {
    doc.moveDown().font('Helvetica-Bold').text('Payments', columns.description);
    doc.font('Helvetica');
    for (const payment of payments) {
      const day = formatCalendarDate(payment.paidAt.toDate().toISOString().slice(0, 10), TEXT_LOCALE);
      const kind = payment.amount < 0 ? 'Refund' : payment.provider === 'stripe' ? 'Card (Stripe)' : 'Manual payment';
      doc.text(`${day} · ${kind} · ${money(payment.amount)}`);
    }
  }
  doc.end();
}

export const invoicePdf = onRequest({ cors: true }, async (req, res) => {
  const result = await invoicePdfHandler(
    { method: req.method, authorization: req.get('authorization'), query: req.query as Record<string, unknown> },
    runtimeDeps(),
  );
  if (result.status !== 200) {
    res.status(result.status).json({ error: result.message });
    return;
  }
  res.status(200).set({ 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="${result.filename}"`, 'Cache-Control': 'private, no-store' });
  result.render(res);
});
