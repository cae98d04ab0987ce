/** Words and badge tones for the enums clients see: the same as the console's (components/labels.ts). */
export { APPROVAL_DECISION, INVOICE_STATUS, PROJECT_STATUS, REQUEST_STATUS, TASK_PRIORITY, TASK_STATUS } from '../../components/labels';
