/**
 * A company's invoices, read-only (editing, issuing and payments are in the admin Invoices area):
 * a page at a time, newest issued first (./queries.ts).
 */
import { Link } from 'react-router-dom';
import type { Company, WithId } from '@model';
import { Badge, EmptyState } from '../../components/ui';
import { formatDate, formatMoney } from '../../lib/format';
import { ReceiptIcon } from '../components/icons';
import { ListTable, Loadable, pagedQuery, Panel } from '../components/kit';
import { LoadMore } from '../../components/LoadMore';
import { useCompanyInvoicePages } from './queries';
import { useConsole } from '../lib/env';
import { INVOICE_STATUS } from '../lib/labels';

export function InvoicesTab({ company }: { company: WithId<Company> }) {
  const { isAdmin } = useConsole();
  const pages = useCompanyInvoicePages(company.id);
  const invoices = pagedQuery(pages, pages.items);
  // the Invoices area is for admins (routes.tsx)
  const invoicesArea = isAdmin;
  return (
    <Panel
      title="Invoices"
      actions={invoicesArea ? <Link to="/console/invoices" className="cx-link">Open Invoices</Link> : null}
      flush
    >
      <Loadable query={invoices}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState icon={<ReceiptIcon size={24} />} title={`No invoices for ${company.name} yet`} />
          ) : (
            <div className="cx-table-wrap">
              <ListTable columns={['Number', 'Status', 'Issued', 'Due', { label: 'Total', className: 'num' }, { label: 'Paid', className: 'num' }, 'Client sees it']}>
                {list.map((invoice) => (
                  <tr key={invoice.id}>
                    <td className="strong">
                      {invoicesArea ? (
                        <Link to={`/console/invoices/${company.id}/${invoice.id}`} className="cx-entity-name">
                          {invoice.number}
                        </Link>
                      ) : (
                        invoice.number
                      )}
                    </td>
                    <td>
                      <Badge tone={INVOICE_STATUS[invoice.status].tone}>{INVOICE_STATUS[invoice.status].label}</Badge>
                    </td>
                    <td>{formatDate(invoice.issueDate)}</td>
                    <td>{formatDate(invoice.dueDate)}</td>
                    <td className="num">{formatMoney(invoice.total, invoice.currency)}</td>
                    <td className="num">{formatMoney(invoice.amountPaid ?? 0, invoice.currency)}</td>
                    <td>{invoice.status === 'draft' || invoice.status === 'void' ? <span className="muted">No</span> : 'Yes'}</td>
                  </tr>
                ))}
              </ListTable>
              <LoadMore pages={pages} label="More invoices" />
            </div>
          )
        }
      </Loadable>
      <p className="cx-panel-foot">
        Read-only here. {isAdmin ? 'Create, issue and record payments in Invoices.' : 'Admins create and issue invoices.'}
      </p>
    </Panel>
  );
}
