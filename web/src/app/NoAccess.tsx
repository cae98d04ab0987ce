/** Signed in, but no role yet (an uninvited account): say so, read nothing, offer a way out. */
import { useState } from 'react';
import { LockIcon } from '../components/icons';
import { BrandMark, Spinner } from '../components/ui';
import { describeError, errorCode } from '../lib/errors';
import { callFunction } from '../lib/functions';
import { useBranding, useDocumentTitle } from './branding';
import { useSession, type SignedIn } from './session';

export function NoAccess({ session }: { session: SignedIn }) {
  const branding = useBranding();
  const { app, signOut, refreshClaims } = useSession();
  const [checking, setChecking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  useDocumentTitle('No access yet');

  async function checkInvitation() {
    setChecking(true);
    setMessage(null);
    try {
      await callFunction(app, 'acceptInvitation', {});
      await refreshClaims();
    } catch (e) {
      setMessage(
        errorCode(e) === 'not-found'
          ? `We couldn't find an open invitation for ${session.email}. Ask your agency to invite this address.`
          : describeError(e),
      );
    } finally {
      setChecking(false);
    }
  }

  return (
    <div className="auth-layout">
      <main className="auth-card" id="content">
        <div className="auth-brand">
          <BrandMark name={branding.agencyName} logoUrl={branding.logoUrl} size={44} />
          <span className="auth-agency">{branding.agencyName}</span>
        </div>
        <div className="notice-icon">
          <LockIcon size={26} />
        </div>
        <h1 className="auth-title">No access yet — ask your agency for an invitation</h1>
        <p className="auth-lede">
          You're signed in as <strong>{session.email || session.displayName}</strong>, but this account hasn't been given access to the {branding.agencyName} portal.
          Ask your contact at {branding.agencyName} to invite this email address: the invitation email has a link that signs you straight in.
        </p>
        {message ? (
          <p className="form-error" role="alert">
            {message}
          </p>
        ) : null}
        <div className="button-row">
          <button type="button" className="btn btn-primary" onClick={() => void signOut()}>
            Sign out
          </button>
          <button type="button" className="btn btn-secondary" onClick={() => void checkInvitation()} disabled={checking}>
            {checking ? <Spinner label="Checking…" /> : 'I have an invitation'}
          </button>
        </div>
      </main>
    </div>
  );
}
