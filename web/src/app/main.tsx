import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadLoginPage } from './login/chunks';
import { warmPortalPage } from './login/warmPortal';
import '../styles.css';

// Each page's code starts downloading now, beside the session's restore, not after it.
if (window.location.pathname === '/login') void loadLoginPage().catch(() => {});
warmPortalPage(window.location.pathname);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
