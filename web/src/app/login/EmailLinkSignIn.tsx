/**
 * Completes an email-link sign-in (the link in an invitation email). Asks for the email when
 * this browser did not send the link; then, for `?invite=<id>`, accepts the invitation
 * (`acceptInvitation` callable), refreshes the ID token for the new claims, and opens the portal.
 */
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { Spinner } from '../../components/basics';
import { describeError, errorCode } from '../../lib/errors';
import { callFunction } from '../../lib/functions';
import { useDocumentTitle } from '../../lib/useBranding';
import { useSession } from '../../lib/session';
import { invitationErrorMessage } from './invitation';
import { completeEmailLink, storedEmailForSignIn } from './signIn';
import { AuthCard } from '../../components/AuthCard';
import { warmPortal } from './warmPortal';

type Step = { kind: 'ask' } | { kind: 'working'; label: string } | { kind: 'error'; message: string; canRetry: boolean };

export function EmailLinkSignIn({ href, onDone }: { href: string; onDone: () => void }) {
  const { app, auth, refreshClaims } = useSession();
  const navigate = useNavigate();
  const params = new URL(href).searchParams;
  const invite = params.get('invite');
  const initialEmail = storedEmailForSignIn() || params.get('email') || '';
  const [email, setEmail] = useState(initialEmail);
  const [step, setStep] = useState<Step>(initialEmail ? { kind: 'working', label: 'Signing you in…' } : { kind: 'ask' });
  const started = useRef(false);
  useDocumentTitle('Signing in');

  const complete = useCallback(
    async (address: string) => {
      warmPortal(app);
      setStep({ kind: 'working', label: 'Signing you in…' });
      try {
        await completeEmailLink(auth, address, href);
      } catch (e) {
        setStep({ kind: 'error', message: describeError(e), canRetry: errorCode(e) === 'invalid-email' });
        return;
      }
      if (invite) {
        setStep({ kind: 'working', label: 'Setting up your access…' });
        try {
          await callFunction(app, 'acceptInvitation', { invitationId: invite });
        } catch (e) {
          setStep({ kind: 'error', message: invitationErrorMessage(e, address), canRetry: false });
          return;
        }
      }
      await refreshClaims();
      onDone();
      navigate(invite ? '/portal' : '/', { replace: true });
    },
    [app, auth, href, invite, navigate, onDone, refreshClaims],
  );

  useEffect(() => {
    if (initialEmail && !started.current) {
      started.current = true;
      void complete(initialEmail);
    }
  }, [initialEmail, complete]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (email.trim()) void complete(email.trim().toLowerCase());
  }

  return (
    <AuthCard>
      {step.kind === 'ask' ? (
        <>
          <h1 className="auth-title">Confirm your email</h1>
          <p className="auth-lede">For your security, enter the email address this invitation was sent to.</p>
          <form onSubmit={submit} className="stack">
            <label htmlFor="link-email" className="field-label">
              Email
            </label>
            <input id="link-email" className="input" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
            <button type="submit" className="btn btn-primary btn-block">
              Continue
            </button>
          </form>
        </>
      ) : step.kind === 'working' ? (
        <>
          <h1 className="auth-title">Welcome</h1>
          <p className="auth-lede">
            <Spinner label={step.label} />
          </p>
        </>
      ) : (
        <>
          <h1 className="auth-title">We couldn't sign you in</h1>
          <p className="form-error" role="alert">
            {step.message}
          </p>
          <div className="button-row">
            {step.canRetry ? (
              <button type="button" className="btn btn-primary" onClick={() => setStep({ kind: 'ask' })}>
                Try another email
              </button>
            ) : null}
            <button
              type="button"
              className="btn btn-secondary"
              onClick={() => {
                onDone();
                navigate('/', { replace: true });
              }}
            >
              Continue
            </button>
          </div>
        </>
      )}
    </AuthCard>
  );
}
