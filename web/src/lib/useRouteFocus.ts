/**
 * After an in-app navigation, move focus to the new page's main heading (screen readers
 * announce it; keyboard users continue from the top of the page). The heading gets
 * tabindex=-1 so it can take focus without entering the tab order; until it is on screen
 * (lazy pages, loading states) nothing moves. The first render — a direct load, e.g. from an
 * email link — moves nothing, and the main landmark itself is never focused, so no page-sized
 * focus frame appears.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router-dom';

const WAIT_MS = 3000;

export function useRouteFocus(main: RefObject<HTMLElement | null>, { scrollToTop = false } = {}): void {
  const { pathname } = useLocation();
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (scrollToTop) window.scrollTo(0, 0);
    const root = main.current;
    if (!root) return;
    const startedOn = document.activeElement;
    const deadline = Date.now() + WAIT_MS;
    let frame = 0;
    const tryFocus = () => {
      // The user moved focus themselves (typed in a field, opened a menu): leave it there.
      if (document.activeElement !== startedOn && document.activeElement !== document.body) return;
      const heading = root.querySelector<HTMLElement>('h1');
      if (heading) {
        if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: true });
        return;
      }
      if (Date.now() < deadline) frame = requestAnimationFrame(tryFocus);
    };
    tryFocus();
    return () => cancelAnimationFrame(frame);
  }, [pathname, main, scrollToTop]);
}
