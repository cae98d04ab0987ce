/** A not-found page outside the portal shell (signed-out visitors and staff). */
import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../lib/useBranding';
import { AuthCard } from '../components/AuthCard';

export function NotFoundPage({ home = '/' }: { home?: string }) {
  useDocumentTitle('Page not found');
  return (
    <AuthCard>
      <p className="eyebrow">404</p>
      <h1 className="auth-title">Page not found</h1>
      <p className="auth-lede">We couldn't find that page. It may have moved, or the link may be wrong.</p>
      <Link className="btn btn-primary" to={home}>
        Go to the start page
      </Link>
    </AuthCard>
  );
}
