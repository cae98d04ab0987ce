/** Branding context: agency name, logo and colours (CSS variables) everywhere, from the REST read. */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { applyBranding, cachedBranding, DEFAULT_BRANDING, fetchBranding, type BrandingView } from './branding';

const BrandingContext = createContext<BrandingView>(DEFAULT_BRANDING);

export function BrandingProvider({ children }: { children: ReactNode }) {
  const [branding, setBranding] = useState<BrandingView>(() => cachedBranding() ?? DEFAULT_BRANDING);

  useEffect(() => {
    applyBranding(branding);
  }, [branding]);

  useEffect(() => {
    const controller = new AbortController();
    fetchBranding(controller.signal).then(setBranding, () => {
      // Offline or blocked: keep the cached or default branding.
    });
    return () => controller.abort();
  }, []);

  return <BrandingContext.Provider value={branding}>{children}</BrandingContext.Provider>;
}

export function useBranding(): BrandingView {
  return useContext(BrandingContext);
}

/** Sets the tab title to "<page> · <agency>". */
export function useDocumentTitle(title: string | null | undefined): void {
  const { agencyName } = useBranding();
  useEffect(() => {
    document.title = title ? `${title} · ${agencyName}` : agencyName;
  }, [title, agencyName]);
}
