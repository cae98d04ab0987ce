/** "Load more …" under a paged list: shown only when there is more; a failed page offers Try again. */
import { ErrorState, Spinner } from './ui';
import { describeError } from '../lib/errors';
import type { LivePages } from '../lib/pages';

export function LoadMore({ pages, label, placement = 'after' }: { pages: LivePages<unknown>; label: string; placement?: 'before' | 'after' }) {
  if (pages.loadMoreError) {
    return <ErrorState message={describeError(pages.loadMoreError)} onRetry={pages.retry} />;
  }
  if (!pages.hasMore && !pages.isLoadingMore) return null;
  return (
    <div className={`load-more${placement === 'before' ? ' before' : ''}`}>
      <button type="button" className="btn btn-secondary btn-sm" onClick={pages.loadMore} disabled={pages.isLoadingMore} aria-busy={pages.isLoadingMore || undefined}>
        {pages.isLoadingMore ? <Spinner /> : null}
        {label}
      </button>
    </div>
  );
}
