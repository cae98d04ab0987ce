/** The pieces of the kit the sign-in pages use (their own module, so /login loads only these of ./ui.tsx). */
import { initials } from '../lib/initials';

export function Avatar({ name, size = 'md' }: { name: string; size?: 'sm' | 'md' }) {
  return (
    <span className={`avatar avatar-${size}`} aria-hidden="true">
      {initials(name)}
    </span>
  );
}

/** Logo when the agency has one, otherwise a monogram in the brand colour. */
export function BrandMark({ name, logoUrl, size = 32 }: { name: string; logoUrl: string; size?: number }) {
  if (logoUrl) return <img className="brand-logo" src={logoUrl} alt="" width={size} height={size} />;
  return (
    <span className="brand-monogram" style={{ width: size, height: size, fontSize: size * 0.45 }} aria-hidden="true">
      {initials(name).slice(0, 2)}
    </span>
  );
}

export function Spinner({ label }: { label?: string }) {
  return (
    <span className="spinner-wrap" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ? <span>{label}</span> : <span className="visually-hidden">Loading…</span>}
    </span>
  );
}
