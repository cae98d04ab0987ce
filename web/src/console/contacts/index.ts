/** A company's contacts and their portal access (invite, revoke, change role). */
export { ContactsPanel } from './ContactsPanel';
export { useContacts } from './queries';
