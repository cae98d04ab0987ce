/**
 * "Download PDF" for an invoice: the invoicePdf function renders it on request with the rules'
 * access, authorised by the signed-in person's ID token; the browser saves what comes back.
 * Refusals come back as `{ error }` sentences to show as they are.
 */
import type { FirebaseApp } from 'firebase/app';
import { config } from './config';
import { authFor } from './firebase';

export function invoicePdfUrl(projectId: string, companyId: string, invoiceId: string): string {
  const base = config.emulators
    ? `http://${config.emulators.functions.host}:${config.emulators.functions.port}/${projectId}/${config.functionsRegion}/invoicePdf`
    : `https://${config.functionsRegion}-${projectId}.cloudfunctions.net/invoicePdf`;
  return `${base}?companyId=${encodeURIComponent(companyId)}&invoiceId=${encodeURIComponent(invoiceId)}`;
}

export class InvoicePdfError extends Error {}

/** Fetches the invoice's PDF and saves it as `<number>.pdf`. */
export async function downloadInvoicePdf(app: FirebaseApp, companyId: string, invoiceId: string, number: string): Promise<void> {
  const user = authFor(app).currentUser;
  if (!user) throw new InvoicePdfError('Sign in again to download this invoice.');
  const projectId = app.options.projectId ?? '';
  let response: Response;
  try {
    response = await fetch(invoicePdfUrl(projectId, companyId, invoiceId), { headers: { Authorization: `Bearer ${await user.getIdToken()}` } });
  } catch {
    throw new InvoicePdfError("We couldn't reach the server to make the PDF. Check your connection and try again.");
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
    throw new InvoicePdfError(typeof body?.error === 'string' ? body.error : 'The PDF could not be made right now. Please try again in a moment.');
  }
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = `${number.replace(/[^A-Za-z0-9._-]/g, '_') || 'invoice'}.pdf`;
    link.click();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
