/**
 * Honest states, cached pages and queued Replies (issue 12), in Chromium against the emulators.
 * "Offline" is the Firestore emulator's host made unreachable (`page.route` aborts its
 * requests; the app itself is still served, so the page can reload) and/or the browser offline
 * (`context.setOffline`). Toggling the browser offline and back fires the "online" event,
 * which makes Firestore reconnect at once rather than after its back-off.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminDb, Timestamp } from '../support/admin';
import { connect, openPage, type WatchedPage } from '../support/browser';
import { writeFileSync } from 'node:fs';
import { artifactsDir, readManifest, signIn, signOut, timedRepeatVisit } from '../support/portal';

const baseUrl = inject('baseUrl');
const distDir = inject('distDir');
let browser: Browser;

beforeAll(async () => {
  browser = await connect(inject('wsEndpoint'));
});

afterAll(async () => {
  await browser?.close();
});

const firestorePort = (process.env.FIRESTORE_EMULATOR_HOST ?? '').split(':').pop() ?? '';
const isFirestore = (url: URL) => url.port === firestorePort;

/** Makes the Firestore emulator unreachable for this page (the app's own files still load). */
async function blockFirestore(page: Page): Promise<void> {
  await page.route(isFirestore, (route) => route.abort('internetdisconnected'));
}

async function unblockFirestore(page: Page, context: BrowserContext): Promise<void> {
  await page.unroute(isFirestore);
  // The "online" event makes Firestore retry now, not after its back-off.
  await context.setOffline(true);
  await context.setOffline(false);
}

/** On a failure: what the page showed and logged (e2e/artifacts/offline-<name>.png, .txt). */
async function dump(w: WatchedPage, name: string): Promise<void> {
  await w.page.screenshot({ path: `${artifactsDir}offline-${name}.png`, fullPage: true }).catch(() => {});
  const text = await w.page.locator('body').innerText().catch(() => '');
  writeFileSync(`${artifactsDir}offline-${name}.txt`, `${w.page.url()}\n\n${text}\n\nconsole errors:\n${w.problems.join('\n')}\n`);
}

/** A fresh page signed in as Carol for `body`; on a failure, what it showed (dump `name`). */
async function asCarol(name: string, body: (w: WatchedPage) => Promise<void>): Promise<void> {
  const w = await openPage(browser, baseUrl);
  try {
    await signIn(w.page, 'carol@acme.test');
    await body(w);
  } catch (error) {
    await dump(w, name);
    throw error;
  } finally {
    await w.context.close();
  }
}

/** A link of the portal's navigation. */
const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Portal' }).getByRole('link', { name, exact: true });

const EMPTY_STATES = ['All caught up', 'No tasks yet', 'Nothing in progress', 'No projects yet', 'No current projects', 'No invoices yet', 'No replies yet'];

/** Watches the main landmark for `ms` and returns every empty-state title it ever showed. */
async function emptyStatesSeen(page: Page, ms: number): Promise<string[]> {
  return page.evaluate(
    ({ titles, ms }) =>
      new Promise<string[]>((resolve) => {
        const seen = new Set<string>();
        const check = () => {
          const text = document.querySelector('main')?.textContent ?? '';
          for (const title of titles) if (text.includes(title)) seen.add(title);
          for (const el of Array.from(document.querySelectorAll('.empty-state'))) seen.add(`.empty-state: ${el.textContent ?? ''}`);
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        check();
        setTimeout(() => {
          observer.disconnect();
          check();
          resolve([...seen]);
        }, ms);
      }),
    { titles: EMPTY_STATES, ms },
  );
}

/** Everything the page's IndexedDB databases hold whose name mentions Firestore, as text. */
async function firestoreCacheText(page: Page): Promise<{ names: string[]; text: string }> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.includes('firestore'));
    let text = '';
    for (const name of names) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(store, 'readonly').objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result as unknown[]);
          req.onerror = () => reject(req.error);
        });
        text += JSON.stringify(all);
      }
      db.close();
    }
    return { names, text };
  });
}

describe('honest states', () => {
  it('never shows an empty state before the server has answered: "Connecting…", then "Offline"', async () => {
    const w = await openPage(browser, baseUrl);
    const { page, context } = w;
    try {
      await blockFirestore(page);
      await signIn(page, 'carol@acme.test');
      await page.getByRole('heading', { name: /, Carol$/ }).waitFor();
      await page.locator('.sync-banner', { hasText: 'Connecting…' }).waitFor({ timeout: 5000 });
      // Long enough for Firestore to give up on the server and answer from its (empty) cache.
      const onHome = await emptyStatesSeen(page, 12_000);
      await page.locator('.sync-banner', { hasText: /^Offline — / }).waitFor();
      expect(await page.locator('main').innerText()).toContain("This appears as soon as you're back online");

      await nav(page, 'Tasks').click();
      const onTasks = await emptyStatesSeen(page, 4000);
      await nav(page, 'Projects').click();
      const onProjects = await emptyStatesSeen(page, 3000);
      await nav(page, 'Invoices').click();
      const onInvoices = await emptyStatesSeen(page, 3000);
      expect([...onHome, ...onTasks, ...onProjects, ...onInvoices]).toEqual([]);

      // The connection returns: the real content, and the banner goes away.
      await unblockFirestore(page, context);
      await page.locator('.invoice-table').waitFor({ timeout: 30_000 });
      await page.locator('.sync-banner[data-sync="online"]').waitFor({ state: 'attached' });
      await nav(page, 'Tasks').click();
      await page.getByRole('list', { name: 'Tasks' }).waitFor();
    } finally {
      await context.close();
    }
  });
});

describe('cached pages', () => {
  it('a returning client sees their pages from the cache, offline, with the time they last saw them', async () => {
    const w = await openPage(browser, baseUrl);
    const { page, context } = w;
    try {
      await signIn(page, 'carol@acme.test');
      await page.getByRole('list', { name: 'Ongoing tasks' }).waitFor();
      await page.goto('/portal/tasks');
      await page.getByRole('list', { name: 'Tasks' }).waitFor();
      const onlineTitles = await page.locator('.task-title').allInnerTexts();
      expect(onlineTitles.length).toBeGreaterThan(0);
      await page.goto('/portal/projects');
      await page.getByRole('list', { name: 'Projects' }).waitFor();

      // A repeat visit online: content from the cache, then live.
      const taskList = (p: Page) => p.getByRole('list', { name: 'Tasks' });
      const online = await timedRepeatVisit(page, '/portal/tasks', taskList);
      console.log(`[offline] cached repeat visit of /portal/tasks: tasks on screen ${Math.round(online)} ms after navigation`);

      // Offline: a visit still shows them, and says since when.
      const offline = await timedRepeatVisit(page, '/portal/tasks', taskList, firestorePort);
      console.log(`[offline] /portal/tasks with Firestore unreachable: tasks from the cache ${Math.round(offline)} ms after navigation`);
      expect(await page.locator('.task-title').allInnerTexts()).toEqual(onlineTitles);
      await page.locator('.sync-banner', { hasText: /^Offline — showing what you last saw at \d\d:\d\d$/ }).waitFor({ timeout: 15_000 });
      await nav(page, 'Projects').click();
      await page.getByRole('list', { name: 'Projects' }).waitFor({ timeout: 5000 });
      await nav(page, 'Home').click();
      await page.getByRole('list', { name: 'Ongoing tasks' }).waitFor({ timeout: 5000 });
      expect(w.problems.filter((p) => /pageerror/i.test(p))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('queued Replies', () => {
  it('a Reply written offline is queued, survives a reload, and reaches staff when the connection returns', async () => {
    const w: WatchedPage = await openPage(browser, baseUrl);
    const { page, context } = w;
    const replies = adminDb().collection('companies/acme/tasks/homepage-design/replies');
    const body = `Written on the train (${Date.now()})`;
    try {
      await signIn(page, 'carol@acme.test');
      await page.goto('/portal/tasks/homepage-design');
      await page.locator('.reply-body', { hasText: 'The homepage design is ready' }).waitFor();

      await context.setOffline(true);
      await page.getByLabel('Add a reply').fill(body);
      await page.getByRole('button', { name: 'Send reply' }).click();
      const mine = page.locator('.reply', { hasText: body });
      await mine.getByText("Sending when you're back online").waitFor();
      expect(await page.getByLabel('Add a reply').inputValue()).toBe('');

      // A reload while Firestore is still unreachable: the Reply is still queued.
      await blockFirestore(page);
      await context.setOffline(false);
      await page.reload();
      await mine.locator('.reply-body').waitFor({ timeout: 10_000 });
      await mine.getByText("Sending when you're back online").waitFor({ timeout: 15_000 });
      expect((await replies.where('body', '==', body).get()).size).toBe(0);

      // Text typed and not sent survives a reload too.
      await page.getByLabel('Add a reply').fill('A second thought, not sent yet');
      await page.reload();
      await page.getByLabel('Add a reply').waitFor();
      expect(await page.getByLabel('Add a reply').inputValue()).toBe('A second thought, not sent yet');

      // Back online: it reaches staff, and the flag goes away.
      await unblockFirestore(page, context);
      await expect
        .poll(async () => (await replies.where('body', '==', body).get()).docs.map((d) => d.data().authorUid), { timeout: 30_000, interval: 500 })
        .toEqual(['u-carol']);
      await page.locator('.reply:not([data-pending])', { hasText: body }).waitFor({ timeout: 15_000 });
    } catch (error) {
      await dump(w, 'reply');
      throw error;
    } finally {
      const left = await replies.where('body', '==', body).get();
      await Promise.all(left.docs.map((d) => d.ref.delete()));
      await context.close();
    }
  });
});

describe('queued edits and signing out', () => {
  it('an edit made offline is queued, survives a reload and reaches staff; Sign out asks first while it is queued', async () => {
    const w: WatchedPage = await openPage(browser, baseUrl);
    const { page, context } = w;
    const reply = adminDb().collection('companies/acme/tasks/homepage-design/replies').doc();
    await reply.set({ body: `First version (${Date.now()})`, authorUid: 'u-carol', authorName: 'Carol Chen', authorRole: 'client', createdAt: Timestamp.now() });
    const edited = 'Second version, written offline';
    const question = page.getByRole('dialog', { name: 'Some replies are not sent yet' });
    try {
      await signIn(page, 'carol@acme.test');
      await page.goto('/portal/tasks/homepage-design');
      const mine = page.locator(`.reply[data-reply-id="${reply.id}"]`);
      await mine.getByText('First version').waitFor();

      await context.setOffline(true);
      await mine.getByRole('button', { name: 'Edit your reply' }).click();
      await mine.getByLabel('Edit your reply').fill(edited);
      await mine.getByRole('button', { name: 'Save' }).click();
      await mine.getByText("Sending when you're back online").waitFor();
      expect(await mine.locator('.reply-body').innerText()).toBe(edited);

      // A reload while Firestore is still unreachable: the edit is still queued, the server has the old text.
      await blockFirestore(page);
      await context.setOffline(false);
      await page.reload();
      await mine.getByText("Sending when you're back online").waitFor({ timeout: 15_000 });
      expect(await mine.locator('.reply-body').innerText()).toBe(edited);
      expect((await reply.get()).data()?.body).toMatch(/^First version/);

      // Signing out would drop the queue with the cache: the portal asks; staying keeps it.
      await page.getByRole('button', { name: 'Sign out' }).click();
      await question.waitFor();
      await question.getByRole('button', { name: 'Stay signed in' }).click();
      await question.waitFor({ state: 'hidden' });
      expect(new URL(page.url()).pathname).toBe('/portal/tasks/homepage-design');

      await unblockFirestore(page, context);
      await expect.poll(async () => (await reply.get()).data()?.body, { timeout: 30_000, interval: 500 }).toBe(edited);
      expect((await reply.get()).data()?.editedAt).toBeInstanceOf(Timestamp);
      await page.locator(`.reply[data-reply-id="${reply.id}"]:not([data-pending])`).waitFor({ timeout: 15_000 });

      // Control: with nothing queued, Sign out signs out without asking.
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL((url) => url.pathname === '/login', { timeout: 15_000 });
      expect(await question.count()).toBe(0);
    } catch (error) {
      await dump(w, 'edit');
      throw error;
    } finally {
      await reply.delete();
      await context.close();
    }
  });
});

describe('one browser, two clients', () => {
  it('after Carol signs out, Gina sees none of her data, and the cache holds none of it', async () => {
    const w = await openPage(browser, baseUrl);
    const { page } = w;
    try {
      await signIn(page, 'carol@acme.test');
      await page.getByRole('list', { name: 'Ongoing tasks' }).waitFor();
      await page.goto('/portal/tasks');
      await page.getByRole('list', { name: 'Tasks' }).waitFor();
      const carolCache = await firestoreCacheText(page);
      expect(carolCache.text).toContain('acme');

      await signOut(page);
      await expect.poll(async () => (await firestoreCacheText(page)).text.includes('acme'), { timeout: 10_000 }).toBe(false);

      // Gina, with Firestore unreachable: only what the cache could give — nothing of Acme's.
      await blockFirestore(page);
      await signIn(page, 'gina@globex.test');
      await page.goto('/portal');
      await page.getByRole('heading', { name: /, Gina$/ }).waitFor();
      const empties = await emptyStatesSeen(page, 6000);
      expect(empties).toEqual([]);
      expect(await page.locator('body').innerText()).not.toMatch(/Acme|Website Redesign|Homepage design|INV-100/);
      await page.unroute(isFirestore);

      // Online: Globex only; the cache now holds Gina's data, none of Carol's.
      await page.goto('/portal/tasks');
      await page.getByRole('list', { name: 'Tasks' }).waitFor({ timeout: 30_000 });
      expect(await page.locator('.task-title').allInnerTexts()).toEqual(['App wireframes', 'Sync API specification']);
      const ginaCache = await firestoreCacheText(page);
      expect(ginaCache.text).toContain('globex');
      expect(ginaCache.text).not.toContain('acme');
      expect(await page.locator('body').innerText()).not.toMatch(/Acme|Website Redesign|Homepage design|INV-100/);
    } catch (error) {
      await dump(w, 'two-clients');
      throw error;
    } finally {
      await w.context.close();
    }
  });
});

describe('a page whose code cannot be downloaded', () => {
  it('says so with Try again, the rest of the portal still there, and shows the page once its code arrives', async () => {
    const w = await openPage(browser, baseUrl);
    const { page } = w;
    const file = readManifest(distDir)['src/portal/requests/RequestsPage.tsx']?.file;
    expect(file, 'the Requests page is a chunk of its own').toBeTruthy();
    const isChunk = (url: URL) => url.pathname.endsWith(`/${file}`);
    try {
      await page.route(isChunk, (route) => route.abort('internetdisconnected'));
      await signIn(page, 'carol@acme.test');
      await nav(page, 'Requests').click();
      await page.getByText('This page could not be shown').waitFor({ timeout: 30_000 });
      expect(await nav(page, 'Tasks').isVisible()).toBe(true);
      await page.unroute(isChunk);
      await page.getByRole('button', { name: 'Try again' }).click();
      await page.getByRole('heading', { name: 'Requests', level: 1 }).waitFor({ timeout: 30_000 });
      expect(await page.getByText('This page could not be shown').count()).toBe(0);
    } catch (error) {
      await dump(w, 'chunk');
      throw error;
    } finally {
      await w.context.close();
    }
  });
});

describe('counts beside live lists', () => {
  it('an invoice paid while Invoices is open leaves the unpaid list and the paid count follows it', async () => {
    const ref = adminDb().doc('companies/acme/invoices/inv-1002');
    const before = (await ref.get()).data();
    expect(before?.status, 'the demo invoice INV-1002 is pending').toBe('pending');
    try {
      await asCarol('paid-count', async ({ page }) => {
        await nav(page, 'Invoices').click();
        await page.getByRole('button', { name: 'Paid invoices (1)' }).waitFor({ timeout: 30_000 });
        await ref.update({ status: 'paid', amountPaid: before!.total });
        await page.locator('.invoice-table tbody tr', { hasText: 'INV-1002' }).waitFor({ state: 'detached', timeout: 30_000 });
        await page.getByRole('button', { name: 'Paid invoices (2)' }).waitFor({ timeout: 15_000 });
      });
    } finally {
      await ref.set(before!);
    }
  });
});

describe('a request sent offline', () => {
  it('is queued on the device: the list shows it as sending when back online, and it reaches the team when the connection returns', async () => {
    const title = `Offline request ${Date.now().toString(36)}`;
    const stored = () => adminDb().collection('companies/acme/requests').where('title', '==', title).get();
    try {
      await asCarol('request', async ({ page, context }) => {
        await nav(page, 'Requests').click();
        // the list has had the server's answer (the device caches it)
        await page.locator('.request-row').first().waitFor({ timeout: 30_000 });
        await page.getByRole('link', { name: 'New request' }).first().click();
        const form = page.getByRole('form', { name: 'New request' });
        await form.waitFor({ timeout: 30_000 });
        await context.setOffline(true);
        await blockFirestore(page);
        await form.getByLabel('Title').fill(title);
        await form.getByLabel('What do you need?').fill('Written on a train.');
        await form.getByRole('button', { name: 'Send request' }).click();
        await page.waitForURL((url) => url.pathname === '/portal/requests', { timeout: 10_000 });
        const row = page.locator('.request-row', { hasText: title });
        await row.getByText("sending when you're back online").waitFor({ timeout: 10_000 });
        await unblockFirestore(page, context);
        await row.getByText('sending', { exact: false }).waitFor({ state: 'detached', timeout: 30_000 });
        expect((await stored()).size).toBe(1);
      });
    } finally {
      await Promise.all((await stored()).docs.map((d) => d.ref.delete()));
    }
  });
});

describe('a record taken away while open', () => {
  it('an invoice voided while Carol has it open becomes not-found, never a stale invoice with Pay now', async () => {
    const ref = adminDb().doc('companies/acme/invoices/inv-1002');
    const before = (await ref.get()).data();
    try {
      await asCarol('voided', async ({ page }) => {
        await page.goto('/portal/invoices/inv-1002');
        await page.getByRole('heading', { name: /INV-1002/, level: 1 }).waitFor({ timeout: 30_000 });
        await ref.update({ status: 'void' });
        await page.getByRole('heading', { name: /INV-1002/, level: 1 }).waitFor({ state: 'detached', timeout: 30_000 });
        await page.getByRole('heading', { name: /isn.t available/, level: 1 }).waitFor();
        expect(await page.getByRole('button', { name: /Pay now/ }).count()).toBe(0);
      });
    } finally {
      await ref.set(before!);
    }
  });
});

describe('back from Stripe', () => {
  it('while the payment is being confirmed the invoice offers no second Pay now; once paid, it says so', async () => {
    const ref = adminDb().doc('companies/acme/invoices/inv-1002');
    const before = (await ref.get()).data();
    try {
      await asCarol('stripe-return', async ({ page }) => {
        await page.goto('/portal/invoices/inv-1002');
        await page.getByRole('button', { name: /Pay now/ }).waitFor({ timeout: 30_000 });
        await page.goto('/portal/invoices/inv-1002?checkout=success');
        await page.getByText('confirming your payment', { exact: false }).waitFor({ timeout: 30_000 });
        await page.getByRole('heading', { name: /INV-1002/, level: 1 }).waitFor();
        expect(await page.getByRole('button', { name: /Pay now/ }).count()).toBe(0);
        await ref.update({ status: 'paid', amountPaid: before!.total });
        await page.getByText('Payment received — thank you!').waitFor({ timeout: 30_000 });
        expect(await page.getByRole('button', { name: /Pay now/ }).count()).toBe(0);
      });
    } finally {
      await ref.set(before!);
    }
  });
});

describe('a review decision the server refuses', () => {
  it('comes back in the form with the comment and the reason (the team started a new round while it was queued)', async () => {
    const id = `e2e-review-${Date.now().toString(36)}`;
    const task = adminDb().doc(`companies/acme/tasks/${id}`);
    const now = new Date();
    await task.set({
      projectId: 'website-redesign', title: `Review me ${id}`, description: '', status: 'in_review', priority: 'medium',
      assignee: null, dueDate: null, deliverables: [], createdAt: now, updatedAt: now, reviewRound: 1,
    });
    try {
      await asCarol('refused-decision', async ({ page, context }) => {
        await page.goto(`/portal/tasks/${id}`);
        const panel = page.getByTestId('approval-panel');
        const comment = panel.getByLabel(/^Comment/);
        await comment.waitFor({ timeout: 30_000 });
        await blockFirestore(page);
        await comment.fill('Please make the logo bigger.');
        await panel.getByRole('button', { name: 'Request changes' }).click();
        // the device shows the decision at once
        await panel.getByRole('list', { name: 'Decisions this round' }).getByText('Please make the logo bigger.').waitFor({ timeout: 10_000 });
        await task.update({ reviewRound: 2 });
        await unblockFirestore(page, context);
        await panel.getByText('The team started a new review round before your decision reached them').waitFor({ timeout: 30_000 });
        expect(await comment.inputValue()).toBe('Please make the logo bigger.');
        expect(await comment.isVisible()).toBe(true);
      });
    } finally {
      const approvals = await task.collection('approvals').get();
      await Promise.all(approvals.docs.map((d) => d.ref.delete()));
      await task.delete();
    }
  });
});
