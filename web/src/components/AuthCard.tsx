/** The sign-in pages' frame: a centred card under the agency's mark and name (and what follows it). */
import type { ReactNode } from 'react';
import { BrandMark } from './basics';
import { useBranding } from '../lib/useBranding';

export function AuthCard({ children, after }: { children: ReactNode; after?: ReactNode }) {
  const branding = useBranding();
  return (
    <div className="auth-layout">
      <main className="auth-card" id="content">
        <div className="row auth-brand gap-12">
          <BrandMark name={branding.agencyName} logoUrl={branding.logoUrl} size={44} />
          <span className="auth-agency">{branding.agencyName}</span>
        </div>
        {children}
      </main>
      {after}
    </div>
  );
}
