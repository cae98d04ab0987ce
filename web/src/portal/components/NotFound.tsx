/** The portal's not-found page: unknown portal URLs, missing records, and any /console URL. */
import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../lib/useBranding';
import { SearchIcon } from '../../components/icons';
import { usePortalPath } from '../lib/context';

export function NotFound({ what = 'page', outsideAccess = false }: { what?: string; outsideAccess?: boolean }) {
  const path = usePortalPath();
  useDocumentTitle(outsideAccess ? 'Not part of your access' : 'Not found');
  if (outsideAccess) {
    return (
      <div className="page not-found">
        <div className="tile empty-icon">
          <SearchIcon size={28} />
        </div>
        <h1>This page is not part of your access</h1>
        <p className="muted">Your portal access doesn't include this area. If you need it, ask your contact at the agency.</p>
        <Link className="btn btn-primary" to={path()}>
          Back to Portal Home
        </Link>
      </div>
    );
  }
  return (
    <div className="page not-found">
      <div className="tile empty-icon">
        <SearchIcon size={28} />
      </div>
      <p className="eyebrow">404</p>
      <h1>{what === 'page' ? 'Page not found' : `This ${what} isn't available`}</h1>
      <p className="muted">
        We couldn't find that {what}. It may have moved, or you may not have access to it.
      </p>
      <Link className="btn btn-primary" to={path()}>
        Back to Portal Home
      </Link>
    </div>
  );
}
