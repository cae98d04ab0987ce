/** The seeded demo accounts (scripts/demo-data.ts), offered by the emulator's account chooser. */
export interface DemoAccount {
  email: string;
  name: string;
  role: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'carol@acme.test', name: 'Carol Chen', role: 'Client · Acme Corp' },
  { email: 'bill@acme.test', name: 'Bill Chen', role: 'Client · Acme Corp · invoices only' },
  { email: 'gina@globex.test', name: 'Gina Patel', role: 'Client · Globex' },
  { email: 'sam@northwind.test', name: 'Sam Rivera', role: 'Staff' },
  { email: 'ada@northwind.test', name: 'Ada Lovelace', role: 'Admin' },
];

/** "jane.doe@example.com" → "Jane Doe": a display name for an email typed in the chooser. */
export function nameFromEmail(email: string): string {
  const local = email.split('@')[0] ?? '';
  const words = local.split(/[._+-]+/).filter(Boolean);
  return words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ') || email;
}
