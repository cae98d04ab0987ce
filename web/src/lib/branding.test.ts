import { describe, expect, it } from 'vitest';
import { brandingUrl, DEFAULT_BRANDING, highestContrastOn, parseBrandingDocument, readableOn } from './branding';
import { readConfig } from './config';

describe('branding over REST', () => {
  it('reads a Firestore REST document', () => {
    const doc = {
      name: 'projects/p/databases/(default)/documents/settings/branding',
      fields: {
        agencyName: { stringValue: 'Northwind Studio' },
        logoUrl: { stringValue: 'https://cdn.example.com/logo.png' },
        primaryColor: { stringValue: '#3b5bdb' },
        accentColor: { stringValue: '#0ca678' },
        customDomain: { stringValue: '' },
      },
    };
    expect(parseBrandingDocument(doc)).toEqual({
      agencyName: 'Northwind Studio',
      logoUrl: 'https://cdn.example.com/logo.png',
      primaryColor: '#3b5bdb',
      accentColor: '#0ca678',
    });
  });

  it('drops malformed values (they end up in CSS and <img src>)', () => {
    const doc = { fields: { agencyName: { stringValue: '  ' }, primaryColor: { stringValue: 'red;}body{display:none' }, logoUrl: { stringValue: 'javascript:alert(1)' } } };
    expect(parseBrandingDocument(doc)).toEqual(DEFAULT_BRANDING);
    expect(parseBrandingDocument(null)).toEqual(DEFAULT_BRANDING);
  });

  it('targets the emulator or production', () => {
    const emulator = readConfig({ VITE_PROJECT_ID: 'demo-x', VITE_FIRESTORE_EMULATOR: '127.0.0.1:8480' } as unknown as ImportMetaEnv);
    expect(brandingUrl(emulator)).toBe('http://127.0.0.1:8480/v1/projects/demo-x/databases/(default)/documents/settings/branding');
    const prod = readConfig({ VITE_FIREBASE_CONFIG: JSON.stringify({ projectId: 'acme-prod', apiKey: 'k1' }) } as unknown as ImportMetaEnv);
    expect(brandingUrl(prod)).toBe('https://firestore.googleapis.com/v1/projects/acme-prod/databases/(default)/documents/settings/branding?key=k1');
  });

  it('picks readable text on brand colours', () => {
    expect(readableOn('#3b5bdb')).toBe('#ffffff');
    expect(readableOn('#ffd43b')).toBe('#111827');
  });

  it('picks the higher-contrast text for small text on a colour', () => {
    // The demo accent: white is 3.1:1 on it, near-black 5.7:1.
    expect(highestContrastOn('#0ca678')).toBe('#111827');
    expect(highestContrastOn('#3b5bdb')).toBe('#ffffff');
    expect(highestContrastOn('#ffd43b')).toBe('#111827');
  });
});
