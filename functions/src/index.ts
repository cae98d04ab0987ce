// Initialises the Admin SDK and re-exports every function; no logic lives here.
import './admin';
export { createInvoiceCheckout } from './billing/createInvoiceCheckout';
export { stripeWebhook } from './billing/stripeWebhook';
export { inviteUser } from './access/inviteUser';
export { acceptInvitation } from './access/acceptInvitation';
export { resendInvitation } from './access/resendInvitation';
export { setUserAccess } from './access/setUserAccess';
export { startPreview } from './preview/startPreview';
export { onTaskWritten } from './notifications/onTaskWritten';
export { onInvoiceWritten } from './notifications/onInvoiceWritten';
export { markOverdueInvoices } from './billing/markOverdueInvoices';
export { onManualPaymentCreated } from './billing/onManualPaymentCreated';
export { getStripeStatus } from './billing/getStripeStatus';
export { onMailWritten } from './outbox/onMailWritten';
export { rebuildRollups } from './rollups/rebuildRollups';
export { rollupExpenses, rollupInvoices, rollupPayments, rollupTimeEntries } from './rollups/onRollupSourceWritten';
export { rebuildSearchIndex } from './search/rebuildSearchIndex';
export { indexCompanies, indexProjects, indexTasks } from './search/onSearchableWritten';
