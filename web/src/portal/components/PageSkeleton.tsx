import { LoadingBlock, Skeleton } from '../../components/ui';

/** While a page's code or first data loads. */
export function PageSkeleton() {
  return (
    <div className="page">
      <div className="stack gap-6">
        <Skeleton width={220} height={28} />
        <Skeleton width={320} height={14} />
      </div>
      <div className="panel">
        <LoadingBlock rows={4} />
      </div>
    </div>
  );
}
