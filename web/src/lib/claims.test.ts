import { describe, expect, it } from 'vitest';
import { accessFromClaims, homeFor, mayOpen, scopesFromClaims } from './claims';

describe('claims', () => {
  it('reads roles as the rules do', () => {
    expect(accessFromClaims({ role: 'client', companyId: 'acme' })).toEqual({ role: 'client', companyId: 'acme', preview: false, scopes: ['work', 'billing'] });
    expect(accessFromClaims({ role: 'staff' })).toEqual({ role: 'staff', companyId: null, preview: false, scopes: [] });
    expect(accessFromClaims({ role: 'admin', companyId: 'acme' })).toEqual({ role: 'admin', companyId: null, preview: false, scopes: [] });
  });

  it('treats a missing or malformed role as no access', () => {
    expect(accessFromClaims({}).role).toBeNull();
    expect(accessFromClaims({ role: 'Admin' }).role).toBeNull();
    expect(accessFromClaims({ role: 'client' }).role).toBeNull();
    expect(accessFromClaims({ role: 'client', companyId: '' }).role).toBeNull();
    expect(accessFromClaims({ role: ['admin'] }).role).toBeNull();
  });

  it('never reads a preview token as staff', () => {
    expect(accessFromClaims({ role: 'staff', preview: true }).role).toBeNull();
    expect(accessFromClaims({ role: 'client', companyId: 'acme', preview: true })).toEqual({ role: 'client', companyId: 'acme', preview: true, scopes: ['work', 'billing'] });
  });

  it('reads the portal scopes of a client (absent = both, unknown values dropped)', () => {
    expect(scopesFromClaims({})).toEqual(['work', 'billing']);
    expect(scopesFromClaims({ scopes: ['billing'] })).toEqual(['billing']);
    expect(scopesFromClaims({ scopes: ['billing', 'work', 'admin'] })).toEqual(['work', 'billing']);
    expect(accessFromClaims({ role: 'client', companyId: 'acme', scopes: ['work'] }).scopes).toEqual(['work']);
    expect(accessFromClaims({ role: 'client', companyId: 'acme', preview: true, scopes: ['billing'] }).scopes).toEqual(['billing']);
  });

  it('lands each role on its home and only lets it open its own area', () => {
    expect(homeFor('client')).toBe('/portal');
    expect(homeFor('staff')).toBe('/console');
    expect(homeFor('admin')).toBe('/console');
    expect(mayOpen('client', '/portal/tasks/x')).toBe(true);
    expect(mayOpen('client', '/console/crm')).toBe(false);
    expect(mayOpen('staff', '/console/crm')).toBe(true);
    expect(mayOpen('staff', '/portal')).toBe(false);
    expect(mayOpen('client', '//evil.example.com/portal')).toBe(false);
  });
});
