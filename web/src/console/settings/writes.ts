/** Settings writes (admin), whole documents as isValidBranding / isValidPortalSettings expect. */
import { setDoc, type Firestore } from 'firebase/firestore';
import { paths, type Branding, type PortalSettings } from '@model';
import { writeDoc } from '../../lib/writeRefs';

export async function saveBranding(db: Firestore, branding: Branding): Promise<void> {
  await setDoc(writeDoc<Branding>(db, paths.branding()), {
    agencyName: branding.agencyName,
    logoUrl: branding.logoUrl,
    primaryColor: branding.primaryColor,
    accentColor: branding.accentColor,
    customDomain: branding.customDomain,
  });
}

export async function savePortalSettings(db: Firestore, settings: PortalSettings): Promise<void> {
  await setDoc(writeDoc<PortalSettings>(db, paths.portalSettings()), {
    welcomeMessage: settings.welcomeMessage,
    cards: settings.cards.map(({ title, description, link }) => ({ title, description, link })),
    meetingUrl: settings.meetingUrl,
    paymentsEnabled: settings.paymentsEnabled,
  });
}
