/** Settings writes (admin) as mutations. */
import type { Branding, PortalSettings } from '@model';
import { useConsoleMutation } from '../lib/mutation';
import { saveBranding, savePortalSettings } from './writes';

export function useSaveBranding() {
  return useConsoleMutation(({ db }, branding: Branding) => saveBranding(db, branding));
}

export function useSavePortalSettings() {
  return useConsoleMutation(({ db }, settings: PortalSettings) => savePortalSettings(db, settings));
}
