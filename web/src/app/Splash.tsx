/** While the session is being restored: the brand, quietly. */
import { BrandMark, Spinner } from '../components/basics';
import { useBranding } from '../lib/useBranding';

export function Splash({ label = 'Loading…' }: { label?: string }) {
  const branding = useBranding();
  return (
    <div className="stack splash gap-16">
      <BrandMark name={branding.agencyName} logoUrl={branding.logoUrl} size={40} />
      <Spinner label={label} />
    </div>
  );
}
