/**
 * A page's later sections, rendered after its first commit in a transition: React renders a
 * transition in slices that yield to the browser, so these sections (their hooks, queries and
 * markup) do not join the long task that first shows the page's data. `fallback` stands in
 * until then and should take the same room, so nothing moves.
 */
import { startTransition, useEffect, useState, type ReactNode } from 'react';

export function Deferred({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => startTransition(() => setReady(true)), []);
  return ready ? children : fallback;
}
