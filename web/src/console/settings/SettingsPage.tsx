/**
 * Settings (admin): General (branding and custom domain), Portal Home (welcome, the three cards,
 * meeting link) and Integrations (online payments with Stripe, Google Sign In). Forms validate
 * with the same limits as firestore.rules (./schemas.ts).
 */
import { useState, type ReactNode } from 'react';
import { useWatch, type UseFormRegisterReturn } from 'react-hook-form';
import { Navigate, Route, Routes } from 'react-router-dom';
import type { Branding, PortalSettings } from '@model';
import { useDocumentTitle } from '../../lib/useBranding';
import { BrandMark, Spinner } from '../../components/ui';
import { applyBranding, highestContrastOn, readableOn } from '../../lib/branding';
import { config, usingEmulators } from '../../lib/config';
import { describeError } from '../../lib/errors';
import { BoxTitle, FormError, FormField, Loadable, Notice, PageHeader, Tabs } from '../components/kit';
import { useToast } from '../components/toast';
import { isStripeReady, useBrandingSettings, usePortalSettings, useStripeStatus } from './queries';
import { brandingSchema, cnameHost, portalSchema, type BrandingForm, type PortalForm } from './schemas';
import { useRebuildDerivedData, useSaveBranding, useSavePortalSettings } from './mutations';
import { useZodForm } from '../components/form';

export const DEFAULT_BRANDING_SETTINGS: Branding = { agencyName: 'Agency OS', logoUrl: '', primaryColor: '#3b5bdb', accentColor: '#0ca678', customDomain: '' };
export const DEFAULT_PORTAL_SETTINGS: PortalSettings = {
  welcomeMessage: '',
  cards: [
    { title: 'View Projects', description: "See the latest updates on the projects we're working with you", link: '/portal/projects' },
    { title: 'Pay Your Bills', description: 'View your past and upcoming invoices', link: '/portal/invoices' },
    { title: 'Book a meeting', description: 'Pick a time with your project lead', link: '' },
  ],
  meetingUrl: '',
  paymentsEnabled: false,
};

export default function SettingsPage() {
  useDocumentTitle('Settings');
  return (
    <div className="cx-page">
      <PageHeader title="Settings" subtitle="How the agency and its client portal look, what clients see first, and the services the portal uses." />
      <Tabs
        items={[
          { to: '/console/settings', label: 'General', end: true },
          { to: '/console/settings/portal', label: 'Portal Home' },
          { to: '/console/settings/integrations', label: 'Integrations' },
        ]}
      />
      <Routes>
        <Route index element={<GeneralTab />} />
        <Route path="portal" element={<WithPortalSettings>{(settings) => <PortalEditor initial={settings} />}</WithPortalSettings>} />
        <Route path="integrations" element={<WithPortalSettings>{(settings) => <Integrations settings={settings} />}</WithPortalSettings>} />
        <Route path="*" element={<Navigate to="/console/settings" replace />} />
      </Routes>
    </div>
  );
}

// ---------------- The settings forms ----------------

/**
 * A settings form's submit: save, then `onSaved` and the saved values become the form's
 * baseline (nothing unsaved). A failure is shown from the mutation's error.
 */
function saveSettings<V>(mutation: { mutateAsync: (values: V) => Promise<unknown> }, reset: (values: V) => void, onSaved: (values: V) => void) {
  return async (values: V) => {
    await mutation.mutateAsync(values).then(
      () => {
        onSaved(values);
        reset(values);
      },
      () => {}, // shown from the mutation's error
    );
  };
}

/** A settings form's aside: the live preview, the save error and the Save button (quiet while nothing changed). */
function PreviewAside({ error, dirty, submitting, saveLabel, children }: { error: string | null; dirty: boolean; submitting: boolean; saveLabel: string; children: ReactNode }) {
  return (
    <aside className="cx-settings-aside">
      <section className="stack cx-box cx-sticky gap-12">
        <h2 className="cx-box-title">Preview</h2>
        {children}
        <FormError message={error} />
        <button type="submit" className={`btn btn-block ${dirty ? 'btn-primary' : 'btn-secondary'}`} disabled={submitting || !dirty}>
          {submitting ? <Spinner label="Saving…" /> : dirty ? saveLabel : 'No unsaved changes'}
        </button>
      </section>
    </aside>
  );
}

// ---------------- General: branding ----------------

function GeneralTab() {
  const branding = useBrandingSettings();
  return (
    <>
      <Loadable query={branding}>{(data) => <BrandingEditor initial={data ?? DEFAULT_BRANDING_SETTINGS} />}</Loadable>
      <RebuildPanel />
    </>
  );
}

/** Dashboards and search read documents the server keeps; this recomputes them from scratch. */
function RebuildPanel() {
  const toast = useToast();
  const rebuild = useRebuildDerivedData();
  return (
    <section className="stack cx-box gap-12" aria-labelledby="rebuild-title">
      <h2 id="rebuild-title" className="cx-box-title">
        Dashboards and search
      </h2>
      <p className="muted cx-box-sub">
        Budget health, workload, revenue, billables and the search box read totals and an index that the server keeps current as work is recorded. After importing data, or if a figure looks wrong, rebuild them from every time entry, expense, invoice, payment, company, project and task. It can take a minute on a large agency; the pages keep working meanwhile.
      </p>
      <FormError message={rebuild.error?.message ?? null} />
      <button
        type="button"
        className="btn btn-secondary"
        disabled={rebuild.isPending}
        onClick={() =>
          rebuild.mutate(undefined, {
            onSuccess: ({ rollups, search }) =>
              toast.success(`Rebuilt ${rollups.rollups} totals from ${rollups.sources} records, and ${search.entries} search entries.`),
          })
        }
      >
        {rebuild.isPending ? <Spinner label="Rebuilding…" /> : 'Rebuild totals and search'}
      </button>
    </section>
  );
}

function BrandingEditor({ initial }: { initial: Branding }) {
  const toast = useToast();
  const saveBranding = useSaveBranding();
  const error = saveBranding.error?.message ?? null;
  const { register, handleSubmit, control, setValue, formState, reset } = useZodForm(
    brandingSchema,
    { agencyName: initial.agencyName, logoUrl: initial.logoUrl, primaryColor: initial.primaryColor, accentColor: initial.accentColor, customDomain: initial.customDomain },
    { mode: 'onTouched' },
  );
  const v = useWatch({ control }) as BrandingForm;
  const errors = formState.errors;
  const hex = (c: string | undefined, fallback: string) => (c && /^#[0-9a-fA-F]{6}$/.test(c) ? c : fallback);
  const primary = hex(v.primaryColor, initial.primaryColor);
  const accent = hex(v.accentColor, initial.accentColor);
  const domain = (v.customDomain ?? '').trim().toLowerCase();
  const projectId = config.firebase.projectId ?? 'your-project';

  const save = saveSettings(saveBranding, reset, (values) => {
    applyBranding(values);
    toast.success('Branding saved. The portal and the login page use it now.');
  });

  return (
    <form className="stack top cx-stack-form cx-record gap-16" onSubmit={(e) => void handleSubmit(save)(e)} noValidate aria-label="Branding">
      <div className="cx-record-main">
        <section className="stack cx-box gap-12">
          <h2 className="cx-box-title">Branding</h2>
          <p className="muted cx-box-sub">Shown on the login page, in the portal's header and on invoices.</p>
          <div className="cx-cols-2">
            <FormField label="Agency name" error={errors.agencyName?.message}>{(id, d) => <input id={id} className="input" aria-describedby={d} aria-invalid={Boolean(errors.agencyName)} {...register('agencyName')} />}</FormField>
            <FormField label="Logo URL" error={errors.logoUrl?.message} hint="A square image at an https:// address (at least 64×64). Empty shows a monogram.">
              {(id, d) => <input id={id} className="input" type="url" placeholder="https://…/logo.png" aria-describedby={d} aria-invalid={Boolean(errors.logoUrl)} {...register('logoUrl')} />}
            </FormField>
            <ColorField label="Primary colour" hint="Buttons, links, the active page" value={primary} error={errors.primaryColor?.message} register={register('primaryColor')} onPick={(c) => setValue('primaryColor', c, { shouldDirty: true, shouldValidate: true })} />
            <ColorField label="Accent colour" hint="Highlights and success states" value={accent} error={errors.accentColor?.message} register={register('accentColor')} onPick={(c) => setValue('accentColor', c, { shouldDirty: true, shouldValidate: true })} />
          </div>
        </section>

        <section className="stack cx-box gap-12">
          <h2 className="cx-box-title">Custom domain</h2>
          <p className="muted cx-box-sub">Serve the portal at your own address, e.g. portal.youragency.com.</p>
          <FormField label="Domain" error={errors.customDomain?.message} hint="Just the host name: no https://, no path.">
            {(id, d) => <input id={id} className="input" placeholder="portal.youragency.com" autoCapitalize="none" spellCheck={false} aria-describedby={d} aria-invalid={Boolean(errors.customDomain)} {...register('customDomain')} />}
          </FormField>
          <div className="cx-steps">
            <p className="strong">Connecting {domain || 'the domain'}</p>
            <ol className="stack gap-8">
              <li>In the Firebase console, open <strong>Hosting → Add custom domain</strong> and enter <code>{domain || 'portal.youragency.com'}</code>.</li>
              <li>
                At your DNS provider, add the records Firebase shows. Typically:
                <table className="cx-dns">
                  <thead><tr><th>Type</th><th>Host</th><th>Value</th></tr></thead>
                  <tbody>
                    <tr><td>TXT</td><td><code>{domain ? cnameHost(domain) : 'portal'}</code></td><td><code>hosting-site={projectId}</code> (ownership check)</td></tr>
                    {domain && cnameHost(domain) === '@' ? (
                      <tr><td>A</td><td><code>@</code></td><td>the IP addresses Firebase lists</td></tr>
                    ) : (
                      <tr><td>CNAME</td><td><code>{domain ? cnameHost(domain) : 'portal'}</code></td><td><code>{projectId}.web.app</code></td></tr>
                    )}
                  </tbody>
                </table>
              </li>
              <li>Wait for DNS to propagate (minutes to a few hours). Firebase issues the TLS certificate itself.</li>
              <li>Add the domain under <strong>Authentication → Settings → Authorized domains</strong> so Google Sign In and invitation links work on it, and set the Functions parameter <code>APP_URL</code> to <code>https://{domain || 'portal.youragency.com'}</code> so emails and Stripe return links point there.</li>
            </ol>
          </div>
        </section>
      </div>

      <PreviewAside error={error} dirty={formState.isDirty} submitting={formState.isSubmitting} saveLabel="Save branding">
        <div className="cx-brand-preview" style={{ ['--p' as string]: primary, ['--a' as string]: accent }}>
          <div className="row cx-brand-preview-bar">
            <BrandMark name={v.agencyName || 'Agency'} logoUrl={/^https?:\/\//.test(v.logoUrl ?? '') ? (v.logoUrl ?? '') : ''} size={26} />
            <span className="strong">{v.agencyName || 'Agency name'}</span>
          </div>
          <div className="stack cx-brand-preview-body gap-8">
            <p className="strong">Good morning, Carol</p>
            <p className="muted small">Everything we are working on together, live.</p>
            <div className="cx-inline">
              <span className="btn btn-sm" style={{ background: primary, color: readableOn(primary) }}>Pay now</span>
              <span className="badge" style={{ background: accent, color: highestContrastOn(accent) }}>Paid</span>
            </div>
          </div>
        </div>
      </PreviewAside>
    </form>
  );
}

function ColorField({ label, hint, value, error, register, onPick }: { label: string; hint: string; value: string; error?: string; register: UseFormRegisterReturn; onPick: (c: string) => void }) {
  return (
    <FormField label={label} error={error} hint={hint}>
      {(id, d) => (
        <div className="row cx-color">
          <input type="color" aria-label={`${label} picker`} value={value} onChange={(e) => onPick(e.target.value)} />
          <input id={id} className="input" aria-describedby={d} aria-invalid={Boolean(error)} spellCheck={false} {...register} />
        </div>
      )}
    </FormField>
  );
}

// ---------------- Portal Home ----------------

/** The portal settings once loaded (the defaults while nothing is saved yet): Portal Home and Integrations edit them. */
function WithPortalSettings({ children }: { children: (settings: PortalSettings) => ReactNode }) {
  const portal = usePortalSettings();
  return <Loadable query={portal}>{(data) => children(data ?? DEFAULT_PORTAL_SETTINGS)}</Loadable>;
}

function PortalEditor({ initial }: { initial: PortalSettings }) {
  const toast = useToast();
  const savePortal = useSavePortalSettings();
  const error = savePortal.error?.message ?? null;
  const cards = [0, 1, 2].map((i) => initial.cards[i] ?? DEFAULT_PORTAL_SETTINGS.cards[i]!);
  const { register, handleSubmit, formState, reset, control } = useZodForm(
    portalSchema,
    { welcomeMessage: initial.welcomeMessage, cards, meetingUrl: initial.meetingUrl, paymentsEnabled: initial.paymentsEnabled },
    { mode: 'onTouched' },
  );
  const errors = formState.errors;
  const v = useWatch({ control }) as PortalForm;

  const save = saveSettings(savePortal, reset, () => toast.success('Portal Home saved. Clients see it on their next visit (open portals update live).'));
  // Online payments are Integrations' switch: Portal Home saves them as they are now (`initial` is
  // live), never as they were when this form opened, so it cannot undo a switch made meanwhile.
  const submit = (values: PortalSettings) => save({ ...values, paymentsEnabled: initial.paymentsEnabled });

  return (
    <form className="stack top cx-stack-form cx-record gap-16" onSubmit={(e) => void handleSubmit(submit)(e)} noValidate aria-label="Portal Home">
      <div className="cx-record-main">
        <section className="stack cx-box gap-12">
          <h2 className="cx-box-title">Welcome</h2>
          <FormField label="Welcome message" error={errors.welcomeMessage?.message} hint={`${(v.welcomeMessage ?? '').length} / 2,000 characters. Shown under the greeting on Portal Home.`}>
            {(id, d) => <textarea id={id} className="textarea" rows={3} aria-describedby={d} aria-invalid={Boolean(errors.welcomeMessage)} {...register('welcomeMessage')} />}
          </FormField>
          <FormField label="Meeting link" error={errors.meetingUrl?.message} hint="Your booking page (Calendly, Google Calendar, …). Empty hides the button.">
            {(id, d) => <input id={id} className="input" type="url" placeholder="https://cal.example.com/you" aria-describedby={d} aria-invalid={Boolean(errors.meetingUrl)} {...register('meetingUrl')} />}
          </FormField>
        </section>

        <section className="stack cx-box gap-12">
          <h2 className="cx-box-title">The three cards</h2>
          <p className="muted cx-box-sub">Shortcuts on Portal Home. A link is a portal page (/portal/projects, /portal/tasks, /portal/invoices) or a full https:// address.</p>
          <div className="cx-cols-3">
            {[0, 1, 2].map((i) => {
              const e = errors.cards?.[i];
              return (
                <fieldset key={i} className="stack cx-fieldset cx-fieldset-box gap-12">
                  <legend>Card {i + 1}</legend>
                  <FormField label="Title" error={e?.title?.message}>{(id) => <input id={id} className="input" aria-invalid={Boolean(e?.title)} {...register(`cards.${i}.title`)} />}</FormField>
                  <FormField label="Description" error={e?.description?.message}>{(id) => <textarea id={id} className="textarea" rows={3} aria-invalid={Boolean(e?.description)} {...register(`cards.${i}.description`)} />}</FormField>
                  <FormField label="Link" error={e?.link?.message}>{(id) => <input id={id} className="input" placeholder="/portal/projects" aria-invalid={Boolean(e?.link)} {...register(`cards.${i}.link`)} />}</FormField>
                </fieldset>
              );
            })}
          </div>
        </section>
      </div>
      <PreviewAside error={error} dirty={formState.isDirty} submitting={formState.isSubmitting} saveLabel="Save Portal Home">
        <div className="stack cx-portal-preview gap-8">
          <p className="strong">Good morning, Carol</p>
          <p className="muted small">{v.welcomeMessage || 'Your welcome message'}</p>
          {(v.cards ?? []).map((card, i) => (
            <div key={i} className="cx-portal-preview-card">
              <span className="strong small">{card?.title || `Card ${i + 1}`}</span>
              <span className="muted small">{card?.description}</span>
            </div>
          ))}
          {v.meetingUrl ? <span className="btn btn-sm" style={{ background: 'var(--brand)', color: 'var(--brand-contrast)' }}>Book a meeting</span> : null}
        </div>
      </PreviewAside>
    </form>
  );
}

// ---------------- Integrations ----------------

const KEY_STATE = {
  missing: 'No secret key is set: a client\'s “Pay now” answers “Online payments are not set up yet”.',
  placeholder: 'The emulators\' placeholder key is set (functions/.secret.local): Stripe cannot be reached from here; the tests use a local fake of its API.',
  test: 'A test-mode secret key is set: payments go to your Stripe test account.',
  live: 'A live secret key is set: clients pay for real.',
} as const;
const WEBHOOK_STATE = {
  missing: 'No webhook signing secret is set: payments will not mark invoices paid.',
  placeholder: 'The webhook signing secret is the emulators\' placeholder.',
  set: 'The webhook signing secret is set.',
} as const;

/** What the server says about Stripe's secrets (getStripeStatus), never their values. */
function StripeStatusNotice() {
  const status = useStripeStatus();
  if (status.isPending) return <Notice title="Is Stripe configured?">Checking with the server…</Notice>;
  if (status.isError) {
    return (
      <Notice tone="warning" title="Is Stripe configured?">
        The server did not say: {describeError(status.error)}
      </Notice>
    );
  }
  const { secretKey, webhookSecret } = status.data;
  const ready = isStripeReady(status.data);
  return (
    <Notice tone={ready ? 'success' : 'warning'} title={ready ? `Stripe is connected (${secretKey} mode)` : 'Stripe is not fully connected'}>
      {KEY_STATE[secretKey]} {WEBHOOK_STATE[webhookSecret]}
    </Notice>
  );
}

function Integrations({ settings }: { settings: PortalSettings }) {
  const toast = useToast();
  const savePortal = useSavePortalSettings();
  const stripe = useStripeStatus();
  // Payments may be turned on only once the server says Stripe is fully connected (off: always).
  const canEnable = stripe.data ? isStripeReady(stripe.data) : false;
  const [invalid, setInvalid] = useState<string | null>(null);
  const busy = savePortal.isPending;
  const error = invalid ?? savePortal.error?.message ?? null;
  const projectId = config.firebase.projectId ?? 'your-project';
  const webhookUrl = `https://${config.functionsRegion}-${projectId}.cloudfunctions.net/stripeWebhook`;

  function togglePayments(enabled: boolean) {
    if (enabled && !canEnable) {
      setInvalid('Connect Stripe first (the steps below): clients would see “Pay now” and get an error.');
      return;
    }
    const parsed = portalSchema.safeParse({ ...settings, paymentsEnabled: enabled });
    setInvalid(parsed.success ? null : 'Fix the Portal Home settings first: they do not pass validation.');
    if (!parsed.success) return;
    savePortal.mutate(parsed.data, {
      onSuccess: () => toast.success(enabled ? 'Online payments turned on: clients see “Pay now” on unpaid invoices.' : 'Online payments turned off.'),
    });
  }

  return (
    <div className="stack cx-integrations gap-20">
      <section className="stack cx-box gap-12">
        <div className="row wrap between top cx-box-head gap-12">
          <BoxTitle title="Stripe — online payments">Clients pay issued invoices from Client Invoices with Stripe Checkout; the invoice turns Paid when Stripe confirms the payment.</BoxTitle>
          <label className="cx-switch">
            <input
              type="checkbox"
              role="switch"
              checked={settings.paymentsEnabled}
              disabled={busy || (!settings.paymentsEnabled && !canEnable)}
              onChange={(e) => togglePayments(e.target.checked)}
              aria-describedby="payments-state"
            />
            <span className="cx-switch-track" aria-hidden="true" />
            <span className="visually-hidden">Let clients pay invoices online</span>
          </label>
        </div>
        <p id="payments-state" className="cx-inline">
          <span className={`cx-dot ${settings.paymentsEnabled ? 'is-on' : ''}`} />{' '}
          {settings.paymentsEnabled
            ? canEnable || stripe.isPending
              ? 'Payments enabled: clients see “Pay now”.'
              : 'Payments enabled, but Stripe is not fully connected: clients who press “Pay now” are told online payment is unavailable. Connect Stripe, or turn payments off.'
            : canEnable
              ? 'Payments off: clients see invoices but no “Pay now”.'
              : 'Payments off. Connect Stripe (the steps below) to turn them on.'}
        </p>
        <FormError message={error} />
        <StripeStatusNotice />
        <div className="cx-steps">
          <p className="strong">Connecting Stripe</p>
          <ol className="stack gap-8">
            <li>In the Stripe Dashboard, open <strong>Developers → API keys</strong> and copy the secret key (<code>sk_live_…</code>, or <code>sk_test_…</code> to try it out).</li>
            <li>Store it as a Functions secret: <pre>npx firebase functions:secrets:set STRIPE_SECRET_KEY</pre></li>
            <li>
              In <strong>Developers → Webhooks</strong>, add the endpoint <code>{webhookUrl}</code> for the events <code>checkout.session.completed</code>, <code>checkout.session.async_payment_succeeded</code>, <code>checkout.session.async_payment_failed</code>, <code>checkout.session.expired</code> and <code>charge.refunded</code>; then store its signing secret: <pre>npx firebase functions:secrets:set STRIPE_WEBHOOK_SECRET</pre>
            </li>
            <li>Deploy the functions so they pick up the secrets: <pre>npx firebase deploy --only functions</pre></li>
            <li>For the local emulators, put test values in <code>functions/.secret.local</code> (never committed): <pre>STRIPE_SECRET_KEY=sk_test_…{'\n'}STRIPE_WEBHOOK_SECRET=whsec_…</pre></li>
            <li>Turn on the switch above.</li>
          </ol>
        </div>
      </section>

      <section className="stack cx-box gap-12">
        <h2 className="cx-box-title">Google Sign In</h2>
        <p className="muted cx-box-sub">Clients and staff sign in with their Google account: no password to forget. Invitation emails sign people in with a link either way.</p>
        <p className="cx-inline">
          <span className={`cx-dot ${usingEmulators ? '' : 'is-on'}`} />
          {usingEmulators
            ? 'Running on the local emulators: “Continue with Google” opens an in-app account chooser instead of Google.'
            : `Using Firebase project ${projectId}: “Continue with Google” opens Google's sign-in window.`}
        </p>
        <div className="cx-steps">
          <p className="strong">Setting it up</p>
          <ol className="stack gap-8">
            <li>In the Firebase console, open <strong>Authentication → Sign-in method</strong>, enable <strong>Google</strong>, and choose the support email clients see.</li>
            <li>Also enable <strong>Email/Password → Email link (passwordless sign-in)</strong>: invitation emails use it.</li>
            <li>Under <strong>Authentication → Settings → Authorized domains</strong>, add every domain the portal is served from (your custom domain from General).</li>
            <li>In Google Cloud, <strong>APIs &amp; Services → OAuth consent screen</strong>: set the app name to your agency name and add your logo, so clients recognise the Google prompt.</li>
            <li>Only invited people get in: a Google account nobody invited signs in to a “No access yet” page and reads nothing.</li>
          </ol>
        </div>
      </section>
    </div>
  );
}
