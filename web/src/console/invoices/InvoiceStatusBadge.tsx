import type { InvoiceStatus } from '@model';
import { Badge } from '../../components/ui';
import { INVOICE_STATUS } from '../lib/labels';

export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  return <Badge tone={INVOICE_STATUS[status].tone}>{INVOICE_STATUS[status].label}</Badge>;
}
