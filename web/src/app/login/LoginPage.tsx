/**
 * /login: "Continue with Google". Against real Firebase that is the Google popup; against the
 * emulators (no Google script offline) the same button opens an in-app account chooser.
 * This page loads no Firestore: branding comes over REST (lib/branding.ts).
 */
import { useEffect, useState, type FormEvent } from 'react';
import { Dialog } from '../../components/Dialog';
import { GoogleIcon } from './GoogleIcon';
import { Avatar, Spinner } from '../../components/basics';
import { usingEmulators } from '../../lib/config';
import { describeError } from '../../lib/errors';
import { useBranding, useDocumentTitle } from '../../lib/useBranding';
import { useSession } from '../../lib/session';
import { DEMO_ACCOUNTS, nameFromEmail } from './demoAccounts';
import { rememberInvite } from './invitation';
import { whenIdle } from '../../lib/idle';
import { googlePopup, signInWithEmulatorGoogle } from './signIn';
import { warmPortal } from './warmPortal';
import { AuthCard } from '../../components/AuthCard';

export function LoginPage() {
  const branding = useBranding();
  const { app, auth } = useSession();
  const [chooserOpen, setChooserOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useDocumentTitle('Sign in');
  const invitedEmail = new URLSearchParams(window.location.search).get('invite') ? new URLSearchParams(window.location.search).get('email') : null;
  useEffect(() => rememberInvite(window.location.search), []);
  useEffect(() => {
    if (usingEmulators) return; // the emulators' chooser opens no popup
    // Once the page has painted and settled, so Google's iframe never competes with it.
    return whenIdle(() => void googlePopup().then((popup) => popup.warmGooglePopup(auth), () => {}));
  }, [auth]);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
      // The session provider notices the user and the router leaves this page.
    } catch (e) {
      setError(describeError(e));
      setBusy(false);
    }
  }

  function continueWithGoogle() {
    warmPortal(app);
    if (usingEmulators) setChooserOpen(true);
    else void run(() => googlePopup().then((popup) => popup.signInWithGooglePopup(auth)));
  }

  return (
    <AuthCard
      after={
        <>
          <footer className="auth-footer">
            © {new Date().getFullYear()} {branding.agencyName} · Client portal and console powered by Agency OS
          </footer>

          {usingEmulators ? (
            <AccountChooser
              open={chooserOpen}
              onClose={() => setChooserOpen(false)}
              agencyName={branding.agencyName}
              onChoose={(email, name) => {
                setChooserOpen(false);
                void run(() => signInWithEmulatorGoogle(auth, email, name));
              }}
            />
          ) : null}
        </>
      }
    >
      {/* Clients and the agency's own team both sign in here: the copy speaks to both. */}
      <h1 className="auth-title">Sign in to {branding.agencyName}</h1>
      <p className="auth-lede">Clients: follow your projects, reply to the team and pay invoices — all in one place, always up to date.</p>

      {invitedEmail ? (
        <p className="auth-lede" data-testid="invite-hint">
          You're invited: continue with the Google account of <strong>{invitedEmail}</strong> to accept.
        </p>
      ) : null}

      <button type="button" className="btn btn-secondary btn-google btn-block" onClick={continueWithGoogle} disabled={busy} aria-haspopup={usingEmulators ? 'dialog' : undefined}>
        {busy ? <Spinner /> : <GoogleIcon />}
        <span>Continue with Google</span>
      </button>

      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}

      <p className="auth-hint">Got an invitation email? Open the link in it to sign in — no password needed.</p>
      <p className="auth-hint" data-testid="team-hint">
        On the {branding.agencyName} team? Continue with Google too: you land in the console.
      </p>
      {usingEmulators ? <p className="auth-emulator">Local emulators: sign-in uses demo accounts, no real Google account.</p> : null}
    </AuthCard>
  );
}

function AccountChooser({ open, onClose, onChoose, agencyName }: { open: boolean; onClose: () => void; onChoose: (email: string, name: string) => void; agencyName: string }) {
  const [email, setEmail] = useState('');
  const [invalid, setInvalid] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    const value = email.trim().toLowerCase();
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)) {
      setInvalid(true);
      return;
    }
    const known = DEMO_ACCOUNTS.find((a) => a.email === value);
    onChoose(value, known?.name ?? nameFromEmail(value));
  }

  return (
    <Dialog open={open} onClose={onClose} title="Choose an account" description={`to continue to ${agencyName}`}>
      <ul className="stack gap-6">
        {DEMO_ACCOUNTS.map((account) => (
          <li key={account.email}>
            <button type="button" className="row account-option gap-12" onClick={() => onChoose(account.email, account.name)}>
              <Avatar name={account.name} />
              <span className="account-text">
                <span className="account-name">
                  {account.name} <span className="account-role">{account.role}</span>
                </span>
                <span className="account-email">{account.email}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div className="row divider gap-12" role="separator">
        <span>or use another account</span>
      </div>
      <form className="stack chooser-form gap-8" onSubmit={submit} noValidate>
        <label htmlFor="chooser-email" className="field-label">
          Email
        </label>
        <input
          id="chooser-email"
          className="input"
          type="email"
          autoComplete="email"
          placeholder="you@company.com"
          value={email}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? 'chooser-email-error' : undefined}
          onChange={(e) => {
            setEmail(e.target.value);
            setInvalid(false);
          }}
        />
        {invalid ? (
          <p id="chooser-email-error" className="field-error">
            Enter an email address like name@company.com.
          </p>
        ) : null}
        <button type="submit" className="btn btn-primary btn-block">
          Sign in
        </button>
      </form>
    </Dialog>
  );
}
