/** In-console "no access" (an admin-only area opened by staff) and "not found" pages. */
import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../lib/useBranding';
import { EmptyState } from '../../components/ui';
import { LockIcon, SearchIcon } from '../components/icons';

export function AdminOnlyPage({ area }: { area?: string }) {
  useDocumentTitle('No access');
  return (
    <div className="cx-status-page" data-testid="admin-only">
      <EmptyState
        page
        icon={<LockIcon size={26} />}
        title={area ? `Not allowed: ${area} is for admins` : 'Not allowed: this area is for admins'}
        action={
          <Link className="btn btn-secondary" to="/console">
            Back to the overview
          </Link>
        }
      >
        Rates, revenue, invoices, settings and user management are visible to admins only. Ask an admin if you need something from here.
      </EmptyState>
    </div>
  );
}

export function ConsoleNotFound({ what = 'page' }: { what?: string }) {
  useDocumentTitle('Not found');
  return (
    <div className="cx-status-page">
      <EmptyState
        page
        icon={<SearchIcon size={26} />}
        title={`This ${what} doesn't exist`}
        action={
          <Link className="btn btn-secondary" to="/console">
            Back to the overview
          </Link>
        }
      >
        It may have been deleted, or the link may be wrong.
      </EmptyState>
    </div>
  );
}
