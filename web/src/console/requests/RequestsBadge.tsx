/** The navigation's count of requests waiting for a decision (nothing when none). */
import { useSubmittedCount } from './queries';

export function RequestsBadge() {
  const count = useSubmittedCount();
  if (!count.data) return null;
  return (
    <span className="count cx-count cx-nav-badge">
      {count.data}
      <span className="visually-hidden"> waiting</span>
    </span>
  );
}
