/**
 * Signed in, but no role yet (an uninvited account): say so, read nothing, offer a way out. A
 * person who came from a team invitation (`/login?invite=<id>`, then Google) gets it accepted
 * here straight away.
 */
import { useEffect, useRef, useState } from 'react';
import { LockIcon } from '../components/icons';
import { Spinner } from '../components/basics';
import { callFunction } from '../lib/functions';
import { useBranding, useDocumentTitle } from '../lib/useBranding';
import { invitationErrorMessage, takeRememberedInvite } from './login/invitation';
import { useSession, type SignedIn } from '../lib/session';
import { AuthCard } from '../components/AuthCard';

export function NoAccess({ session }: { session: SignedIn }) {
  const branding = useBranding();
  const { app, signOut, refreshClaims } = useSession();
  const [checking, setChecking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  useDocumentTitle('No access yet');

  async function checkInvitation(invitationId?: string) {
    setChecking(true);
    setMessage(null);
    try {
      await callFunction(app, 'acceptInvitation', invitationId ? { invitationId } : {});
      await refreshClaims();
    } catch (e) {
      setMessage(invitationErrorMessage(e, session.email));
    } finally {
      setChecking(false);
    }
  }

  const remembered = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (remembered.current !== undefined) return;
    remembered.current = takeRememberedInvite();
    if (remembered.current) void checkInvitation(remembered.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on arrival
  }, []);

  return (
    <AuthCard>
      <div className="tile empty-icon">
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
    </AuthCard>
  );
}
