import { describe, expect, it } from 'vitest';
import { brandingSchema, cnameHost, portalSchema } from './schemas';

const branding = { agencyName: 'Northwind Studio', logoUrl: '', primaryColor: '#3b5bdb', accentColor: '#0ca678', customDomain: '' };
const card = { title: 'View Projects', description: 'See the latest', link: '/portal/projects' };
const portal = { welcomeMessage: 'Hi', cards: [card, card, card], meetingUrl: 'https://cal.example.com/x', paymentsEnabled: true };

describe('branding', () => {
  it('accepts the demo branding and normalises the domain', () => {
    expect(brandingSchema.parse(branding)).toEqual(branding);
    expect(brandingSchema.parse({ ...branding, customDomain: ' Portal.Northwind.Studio ' }).customDomain).toBe('portal.northwind.studio');
  });
  it('refuses what the rules refuse', () => {
    const bad = [
      { agencyName: '' },
      { agencyName: 'x'.repeat(201) },
      { logoUrl: 'ftp://logo.png' },
      { logoUrl: `https://${'x'.repeat(2000)}` },
      { primaryColor: 'blue' },
      { accentColor: '#12345' },
      { customDomain: 'https://portal.acme.com' },
      { customDomain: 'portal.acme.com/path' },
      { customDomain: 'localhost' },
      { customDomain: `${'a'.repeat(250)}.com` },
    ];
    for (const change of bad) expect(brandingSchema.safeParse({ ...branding, ...change }).success, JSON.stringify(change)).toBe(false);
  });
});

describe('portal home', () => {
  it('accepts the demo settings', () => {
    expect(portalSchema.safeParse(portal).success).toBe(true);
  });
  it('needs exactly three cards with titles and sane links', () => {
    expect(portalSchema.safeParse({ ...portal, cards: [card, card] }).success).toBe(false);
    expect(portalSchema.safeParse({ ...portal, cards: [card, card, { ...card, title: ' ' }] }).success).toBe(false);
    expect(portalSchema.safeParse({ ...portal, cards: [card, card, { ...card, link: 'javascript:alert(1)' }] }).success).toBe(false);
    expect(portalSchema.safeParse({ ...portal, cards: [card, card, { ...card, description: 'x'.repeat(501) }] }).success).toBe(false);
    expect(portalSchema.safeParse({ ...portal, welcomeMessage: 'x'.repeat(2001) }).success).toBe(false);
    expect(portalSchema.safeParse({ ...portal, meetingUrl: 'cal.example.com' }).success).toBe(false);
  });
});

describe('cnameHost', () => {
  it('names the record host', () => {
    expect(cnameHost('portal.northwind.studio')).toBe('portal');
    expect(cnameHost('clients.portal.northwind.studio')).toBe('clients.portal');
    expect(cnameHost('northwind.studio')).toBe('@');
  });
});
