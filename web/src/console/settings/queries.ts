/** Settings reads: branding (public) and the Portal Home settings. Live. */
import { useQuery } from '@tanstack/react-query';
import type { Firestore } from 'firebase/firestore';
import type { StripeStatus } from '@model';
import { brandingRef, portalSettingsRef } from '../../lib/refs';
import { getStripeStatus } from '../lib/callables';
import { liveDoc } from '../lib/options';
import { useConsole } from '../lib/env';

export const settingsKeys = {
  all: () => ['settings'] as const,
  branding: () => [...settingsKeys.all(), 'branding'] as const,
  portal: () => [...settingsKeys.all(), 'portal'] as const,
  stripeStatus: () => [...settingsKeys.all(), 'stripe-status'] as const,
};

/** Whether Stripe's secrets are set on the server (admin callable; never the values). */
export function useStripeStatus() {
  const { app } = useConsole();
  return useQuery({ queryKey: settingsKeys.stripeStatus(), queryFn: () => getStripeStatus(app), staleTime: 60_000, retry: false });
}

export const brandingOptions = (db: Firestore) => liveDoc(settingsKeys.branding(), () => brandingRef(db));
export const portalSettingsOptions = (db: Firestore) => liveDoc(settingsKeys.portal(), () => portalSettingsRef(db));

export function useBrandingSettings() {
  const { db } = useConsole();
  return useQuery(brandingOptions(db));
}

export function usePortalSettings() {
  const { db } = useConsole();
  return useQuery(portalSettingsOptions(db));
}

/** Both secrets set to real values: Checkout sessions can be created and their webhooks verified. */
export function isStripeReady({ secretKey, webhookSecret }: StripeStatus): boolean {
  return (secretKey === 'test' || secretKey === 'live') && webhookSecret === 'set';
}
