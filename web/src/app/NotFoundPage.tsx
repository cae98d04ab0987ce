/** A not-found page outside the portal shell (signed-out visitors and staff). */
import { Link } from 'react-router-dom';
import { BrandMark } from '../components/ui';
import { useBranding, useDocumentTitle } from '../lib/useBranding';

export function NotFoundPage({ home = '/' }: { home?: string }) {
  const branding = useBranding();
  useDocumentTitle('Page not found');
  return (
    <div className="auth-layout">
      <main className="auth-card" id="content">
        <div className="auth-brand">
          <BrandMark name={branding.agencyName} logoUrl={branding.logoUrl} size={44} />
          <span className="auth-agency">{branding.agencyName}</span>
        </div>
        <p className="eyebrow">404</p>
        <h1 className="auth-title">Page not found</h1>
        <p className="auth-lede">We couldn't find that page. It may have moved, or the link may be wrong.</p>
        <Link className="btn btn-primary" to={home}>
          Go to the start page
        </Link>
      </main>
    </div>
  );
}
