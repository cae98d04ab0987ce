/** settings/branding and settings/portal (DESIGN §4): public branding, portal settings for roles, admin writes. */
import { doc, setDoc, updateDoc } from 'firebase/firestore';
import { describe, it } from 'vitest';
import { paths } from '@model';
import { dbOf } from './support/actors';
import { expectAllowed, expectDenied } from './support/counter';
import { build } from './support/fixtures';
import { useRulesEnv } from './support/harness';
import { rows } from './matrix/settings';
import { runMatrix } from './support/matrix';

useRulesEnv('settings');

runMatrix(rows);

describe('field escalation', () => {
  const branding = () => doc(dbOf('admin'), paths.branding());
  const portal = () => doc(dbOf('admin'), paths.portalSettings());

  it('staff and clients cannot write branding; admin can', async () => {
    await expectAllowed(setDoc(branding(), build.branding()));
    await expectDenied(setDoc(doc(dbOf('staff'), paths.branding()), build.branding()));
    await expectDenied(setDoc(doc(dbOf('clientAcme'), paths.branding()), build.branding()));
    await expectDenied(updateDoc(doc(dbOf('previewAcme'), paths.portalSettings()), { paymentsEnabled: false }));
    await expectAllowed(updateDoc(portal(), { paymentsEnabled: false }));
  });

  const invalidBranding: [string, object][] = [
    ['a colour that is not #rrggbb', { primaryColor: 'red' }],
    ['a javascript: logo URL', { logoUrl: 'javascript:alert(1)' }],
    ['an empty agency name', { agencyName: '' }],
    ['a 201-character agency name', { agencyName: 'x'.repeat(201) }],
    ['an upper-case custom domain', { customDomain: 'Portal.Northwind.test' }],
    ['an extra key', { footer: 'hi' }],
    ['a non-string agency name', { agencyName: 42 }],
  ];
  for (const [label, change] of invalidBranding) {
    it(`admin cannot save branding with ${label} (control: valid branding)`, async () => {
      await expectAllowed(setDoc(branding(), build.branding()));
      await expectDenied(setDoc(branding(), { ...build.branding(), ...change }));
    });
  }
  it('admin cannot save branding with a missing key (control: all keys)', async () => {
    const { customDomain: _customDomain, ...partial } = build.branding();
    await expectAllowed(setDoc(branding(), build.branding()));
    await expectDenied(setDoc(branding(), partial));
  });

  const invalidPortal: [string, object][] = [
    ['two cards', { cards: build.portal().cards.slice(0, 2) }],
    ['four cards', { cards: [...build.portal().cards, { title: 'More', description: '', link: '/' }] }],
    ['a card with an extra key', { cards: [{ ...build.portal().cards[0], icon: 'x' }, ...build.portal().cards.slice(1)] }],
    ['a card without a title', { cards: [{ title: '', description: 'd', link: '/' }, ...build.portal().cards.slice(1)] }],
    ['paymentsEnabled as a string', { paymentsEnabled: 'yes' }],
    ['a 2001-character welcome message', { welcomeMessage: 'x'.repeat(2001) }],
    ['a non-http meeting URL', { meetingUrl: 'ftp://meet.test' }],
    ['a card linking to javascript:', { cards: [{ ...build.portal().cards[0], link: 'javascript:alert(1)' }, ...build.portal().cards.slice(1)] }],
    ['a card linking to a data: URL', { cards: [{ ...build.portal().cards[0], link: 'data:text/html,<b>x</b>' }, ...build.portal().cards.slice(1)] }],
    ['a card linking to an https address with a space', { cards: [{ ...build.portal().cards[0], link: 'https://x.test/a b' }, ...build.portal().cards.slice(1)] }],
    ['an extra key', { theme: 'dark' }],
  ];
  it('admin saves cards linking to a portal path, an https address and nothing (the form allows all three)', async () => {
    const [first, second, third] = build.portal().cards;
    await expectAllowed(setDoc(portal(), { ...build.portal(), cards: [first, { ...second, link: 'https://calendly.com/northwind' }, { ...third, link: '' }] }));
  });

  for (const [label, change] of invalidPortal) {
    it(`admin cannot save portal settings with ${label} (control: valid settings)`, async () => {
      await expectAllowed(setDoc(portal(), build.portal()));
      await expectDenied(setDoc(portal(), { ...build.portal(), ...change }));
    });
  }
});
