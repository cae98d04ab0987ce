/** /console/invoices/*: the list, a new draft, one invoice, editing a draft. Each a lazy chunk. */
import { lazy } from 'react';
import { Link, Route, Routes } from 'react-router-dom';
import { EmptyState } from '../../components/ui';
import { PageSuspense } from '../components/kit';

const InvoicesPage = lazy(() => import('./InvoicesPage'));
const InvoiceEditorPage = lazy(() => import('./InvoiceEditorPage'));
const InvoicePage = lazy(() => import('./InvoicePage'));

export default function InvoicesArea() {
  return (
    <PageSuspense>
      <Routes>
        <Route index element={<InvoicesPage />} />
        <Route path="new" element={<InvoiceEditorPage />} />
        <Route path=":companyId/:invoiceId" element={<InvoicePage />} />
        <Route path=":companyId/:invoiceId/edit" element={<InvoiceEditorPage />} />
        <Route
          path="*"
          element={
            <EmptyState title="No such invoice page" action={<Link className="btn btn-secondary" to="/console/invoices">All invoices</Link>}>
              The address does not match an invoice.
            </EmptyState>
          }
        />
      </Routes>
    </PageSuspense>
  );
}
