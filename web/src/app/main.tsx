import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadLoginPage } from './login/chunks';
import { warmPortalPage } from './login/warmPortal';
import '../styles.css';
// The portal's small stylesheets join the first one: each stylesheet a page adds later makes the
// browser restyle the whole page, on a phone a long task on every first visit.
import '../components/paging.css';

// Each page's code starts downloading now, beside the session's restore, not after it.
if (window.location.pathname === '/login') void loadLoginPage().catch(() => {});
warmPortalPage(window.location.pathname);

const root = createRoot(document.getElementById('root')!);
// A transition renders in slices that give the main thread back every few milliseconds (a
// phone's first render is otherwise one long task that holds input and paint).
startTransition(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
