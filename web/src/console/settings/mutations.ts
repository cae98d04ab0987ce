/** Settings writes (admin) as mutations. */
import type { Branding, PortalSettings } from '@model';
import { useConsoleMutation } from '../lib/mutation';
import { saveBranding, savePortalSettings } from './writes';
import { rebuildRollups, rebuildSearchIndex } from '../lib/callables';

export function useSaveBranding() {
  return useConsoleMutation(({ db }, branding: Branding) => saveBranding(db, branding));
}

export function useSavePortalSettings() {
  return useConsoleMutation(({ db }, settings: PortalSettings) => savePortalSettings(db, settings));
}

/** Rebuilds the dashboards' rollups and the search index (admin callables), one after the other. */
export function useRebuildDerivedData() {
  return useConsoleMutation(async ({ app }) => {
    const rollups = await rebuildRollups(app);
    const search = await rebuildSearchIndex(app);
    return { rollups, search };
  });
}
