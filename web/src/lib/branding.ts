/**
 * The agency's branding (settings/branding), read without the Firestore SDK: the login page
 * fetches it over the Firestore REST API (the document is publicly readable), so the first paint
 * never downloads firebase/firestore. The last value is kept in localStorage for instant paint.
 */
import type { Branding } from '@model';
import { config, type AppConfig } from './config';

export type BrandingView = Pick<Branding, 'agencyName' | 'logoUrl' | 'primaryColor' | 'accentColor'>;

export const DEFAULT_BRANDING: BrandingView = {
  agencyName: 'Agency OS',
  logoUrl: '',
  primaryColor: '#3b5bdb',
  accentColor: '#0ca678',
};

const STORAGE_KEY = 'agencyos.branding';
const HEX = /^#[0-9a-fA-F]{6}$/;

export function brandingUrl(cfg: AppConfig = config): string {
  const projectId = cfg.firebase.projectId ?? 'demo-agency-os';
  const path = `projects/${projectId}/databases/(default)/documents/settings/branding`;
  if (cfg.emulators) return `http://${cfg.emulators.firestore.host}:${cfg.emulators.firestore.port}/v1/${path}`;
  return `https://firestore.googleapis.com/v1/${path}?key=${encodeURIComponent(cfg.firebase.apiKey ?? '')}`;
}

interface RestValue {
  stringValue?: string;
}

/** A Firestore REST document → branding, keeping only well-formed values. */
export function parseBrandingDocument(json: unknown): BrandingView {
  const fields = (json as { fields?: Record<string, RestValue> } | null)?.fields ?? {};
  const text = (name: keyof BrandingView) => (typeof fields[name]?.stringValue === 'string' ? fields[name].stringValue : '');
  const color = (name: 'primaryColor' | 'accentColor') => (HEX.test(text(name)) ? text(name) : DEFAULT_BRANDING[name]);
  const logoUrl = text('logoUrl');
  return {
    agencyName: text('agencyName').trim() || DEFAULT_BRANDING.agencyName,
    logoUrl: /^https:\/\//.test(logoUrl) || /^http:\/\/(localhost|127\.0\.0\.1)[:/]/.test(logoUrl) ? logoUrl : '',
    primaryColor: color('primaryColor'),
    accentColor: color('accentColor'),
  };
}

export function cachedBranding(): BrandingView | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as BrandingView;
    return HEX.test(value.primaryColor) && HEX.test(value.accentColor) ? value : null;
  } catch {
    return null;
  }
}

export async function fetchBranding(signal?: AbortSignal): Promise<BrandingView> {
  const response = await fetch(brandingUrl(), { signal });
  if (response.status === 404) return DEFAULT_BRANDING;
  if (!response.ok) throw new Error(`branding: HTTP ${response.status}`);
  const branding = parseBrandingDocument(await response.json());
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(branding));
  } catch {
    // storage full or disabled: fine, it is a cache
  }
  return branding;
}

/** Relative luminance of a #rrggbb colour (WCAG). */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/**
 * White or near-black, whichever has the higher contrast ratio on the colour (WCAG): for small
 * text drawn on the colour itself, e.g. a pill in the brand's accent.
 */
export function highestContrastOn(hex: string): string {
  const l = luminance(hex);
  return (l + 0.05) / (luminance('#111827') + 0.05) > 1.05 / (l + 0.05) ? '#111827' : '#ffffff';
}

/** White or near-black, whichever reads better on the colour. */
export function readableOn(hex: string): string {
  return luminance(hex) > 0.4 ? '#111827' : '#ffffff';
}

/** Brand colours as CSS variables on <html>. */
export function applyBranding(branding: BrandingView, root: HTMLElement = document.documentElement): void {
  root.style.setProperty('--brand', branding.primaryColor);
  root.style.setProperty('--brand-contrast', readableOn(branding.primaryColor));
  root.style.setProperty('--accent', branding.accentColor);
  root.style.setProperty('--accent-contrast', readableOn(branding.accentColor));
}
