/**
 * Reply vs Note from the console: Sam writes a Note (the default) and a Reply on an Acme task.
 * Carol, with the portal open, sees the Reply appear once its undo window has passed and never
 * sees the Note; an undone Reply is never written; a Reply switched to a Note leaves her page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminDb, Timestamp } from '../support/admin';
import { connect, type WatchedPage } from '../support/browser';
import { consoleReady, seriousProblems, signedIn } from '../support/console';

const baseUrl = inject('baseUrl');
const TASK = 'contact-form';
const TASK_TITLE = 'Contact form and CRM integration';
const stamp = Date.now();
const NOTE = `INTERNAL e2e note ${stamp}: keep the form spam filter strict.`;
const REPLY = `The contact form is live on staging — could you try it? (${stamp})`;
const UNDONE = `Oops, wrong thread — never send this (${stamp})`;

let browser: Browser;
let sam: WatchedPage;
let carol: WatchedPage;

async function bodies(collection: 'replies' | 'notes'): Promise<string[]> {
  const snap = await adminDb().collection(`companies/acme/tasks/${TASK}/${collection}`).get();
  return snap.docs.map((d) => String(d.get('body')));
}

/** Carol's visible Reply bodies on the open task page. */
async function carolReplies(page: Page): Promise<string[]> {
  return page.locator('.reply-body').allInnerTexts();
}

beforeAll(async () => {
  browser = await connect(inject('wsEndpoint'));
  [sam, carol] = await Promise.all([signedIn(browser, baseUrl, 'sam@northwind.test'), signedIn(browser, baseUrl, 'carol@acme.test')]);
  await carol.page.goto(`/portal/tasks/${TASK}`);
  await carol.page.getByRole('heading', { name: TASK_TITLE, level: 1 }).waitFor();
  await sam.page.goto(`/console/tasks/acme/${TASK}`);
  await consoleReady(sam.page);
  await sam.page.getByRole('heading', { name: TASK_TITLE, level: 1 }).waitFor();
});

afterAll(async () => {
  await sam?.context.close();
  await carol?.context.close();
  await browser?.close();
});

describe('comments from the console', () => {
  it('composes a Note by default, marked internal', async () => {
    const { page } = sam;
    const composer = page.getByTestId('composer');
    expect(await composer.getAttribute('data-mode')).toBe('note');
    expect(await page.getByTestId('composer-visibility').innerText()).toContain('Only your team sees this');
    await page.getByRole('textbox', { name: 'Internal note' }).fill(NOTE);
    await page.getByRole('button', { name: 'Add internal note' }).click();
    const note = page.locator('[data-testid="comment"][data-kind="note"]', { hasText: NOTE });
    await note.waitFor();
    expect(await note.innerText()).toMatch(/Internal note · team only/i);
    // Written to the server, not just shown from the local cache.
    await expect.poll(() => bodies('notes'), { timeout: 15_000 }).toContain(NOTE);
  });

  it('sends a Reply after a 10-second undo window; Carol sees it live, never the Note', async () => {
    const { page } = sam;
    await page.getByRole('tab', { name: 'Reply to client' }).click();
    expect(await page.getByTestId('composer').getAttribute('data-mode')).toBe('reply');
    expect(await page.getByTestId('composer-visibility').innerText()).toContain('Visible to Acme Corp');
    await page.getByRole('textbox', { name: 'Reply visible to Acme Corp' }).fill(REPLY);
    await page.getByRole('button', { name: 'Send reply to Acme Corp' }).click();
    const sentAt = Date.now();

    const pending = page.getByTestId('comment-outgoing');
    await pending.waitFor();
    expect(await pending.innerText()).toContain('Sending to client…');
    await pending.getByRole('button', { name: 'Undo' }).waitFor();
    // The composer is back to a Note for whatever comes next.
    expect(await page.getByTestId('composer').getAttribute('data-mode')).toBe('note');

    // Inside the window nothing is written, so Carol's open page has nothing new.
    await carol.page.waitForTimeout(2_000);
    expect(await bodies('replies')).not.toContain(REPLY);
    expect(await carolReplies(carol.page)).not.toContain(REPLY);

    // After it, the Reply arrives on her page without a reload.
    await carol.page.locator('.reply-body', { hasText: REPLY }).waitFor({ timeout: 25_000 });
    expect(Date.now() - sentAt).toBeGreaterThanOrEqual(9_000);
    await page.locator('[data-testid="comment"][data-kind="reply"]', { hasText: REPLY }).waitFor();
    expect(await page.getByTestId('comment-outgoing').count()).toBe(0);

    const text = await carol.page.locator('main').innerText();
    expect(text).toContain(REPLY);
    expect(text).not.toContain(NOTE);
    expect(text).not.toContain('INTERNAL');
    expect(seriousProblems(carol.problems)).toEqual([]);
  });

  it('never writes a Reply that was undone', async () => {
    const { page } = sam;
    await page.getByRole('tab', { name: 'Reply to client' }).click();
    await page.getByRole('textbox', { name: 'Reply visible to Acme Corp' }).fill(UNDONE);
    await page.getByRole('button', { name: 'Send reply to Acme Corp' }).click();
    const pending = page.getByTestId('comment-outgoing');
    await pending.waitFor();
    await pending.getByRole('button', { name: 'Undo' }).click();
    await pending.waitFor({ state: 'detached' });
    // The text comes back to the composer, still as a Reply, to fix or discard.
    await page.waitForFunction(
      (body) => (document.querySelector('[data-testid="composer"] textarea') as HTMLTextAreaElement | null)?.value === body,
      UNDONE,
    );
    expect(await page.getByTestId('composer').getAttribute('data-mode')).toBe('reply');
    await page.getByRole('textbox', { name: 'Reply visible to Acme Corp' }).fill('');
    await page.getByRole('tab', { name: 'Internal note' }).click();

    await page.waitForTimeout(12_000);
    expect(await bodies('replies')).not.toContain(UNDONE);
    expect(await bodies('notes')).not.toContain(UNDONE);
    expect(await carol.page.locator('main').innerText()).not.toContain(UNDONE);
    expect(await page.locator('main').innerText()).not.toContain(UNDONE);
  });

  it('switches a Reply to a Note: it leaves Carol\'s page and keeps its author and time', async () => {
    const { page } = sam;
    const before = (await adminDb().collection(`companies/acme/tasks/${TASK}/replies`).where('body', '==', REPLY).get()).docs[0]!;
    const reply = page.locator('[data-testid="comment"][data-kind="reply"]', { hasText: REPLY });
    await reply.getByRole('button', { name: 'Comment actions' }).click();
    await page.getByRole('menuitem', { name: 'Switch to internal Note' }).click();
    await page.getByRole('dialog', { name: 'Make this an internal Note?' }).getByRole('button', { name: 'Switch to Note' }).click();
    await page.locator('[data-testid="comment"][data-kind="note"]', { hasText: REPLY }).waitFor();

    await carol.page.locator('.reply-body', { hasText: REPLY }).waitFor({ state: 'detached', timeout: 15_000 });
    const moved = await adminDb().doc(`companies/acme/tasks/${TASK}/notes/${before.id}`).get();
    expect(moved.get('authorUid')).toBe('u-sam');
    expect(moved.get('createdAt').toMillis()).toBe(before.get('createdAt').toMillis());
    expect((await adminDb().doc(`companies/acme/tasks/${TASK}/replies/${before.id}`).get()).exists).toBe(false);

    // And back: a Note switched to a Reply reaches her again.
    const note = page.locator('[data-testid="comment"][data-kind="note"]', { hasText: REPLY });
    await note.getByRole('button', { name: 'Comment actions' }).click();
    await page.getByRole('menuitem', { name: /Switch to Reply/ }).click();
    await page.getByRole('dialog', { name: /Make this a Reply visible to Acme Corp/ }).getByRole('button', { name: 'Switch to Reply' }).click();
    await carol.page.locator('.reply-body', { hasText: REPLY }).waitFor({ timeout: 15_000 });
    expect(await carol.page.locator('main').innerText()).not.toContain(NOTE);
    expect(seriousProblems(sam.problems)).toEqual([]);
  });

  it('a long thread shows its latest 50 comments with the real counts; "Earlier comments" loads the rest', async () => {
    const { page } = sam;
    const from = `companies/acme/tasks/${TASK}`;
    const to = `companies/acme/tasks/e2e-long-thread-${stamp}`;
    const [task, reply, note] = await Promise.all([
      adminDb().doc(from).get(),
      adminDb().collection(`${from}/replies`).limit(1).get(),
      adminDb().collection(`${from}/notes`).limit(1).get(),
    ]);
    await adminDb().doc(to).set({ ...task.data(), title: `Long thread ${stamp}` });
    // 30 replies and 30 notes, one a minute, alternating: comment 01 is the oldest
    const batch = adminDb().batch();
    for (let i = 1; i <= 60; i++) {
      const kind = i % 2 ? 'replies' : 'notes';
      const like = (kind === 'replies' ? reply : note).docs[0]!.data();
      const n = String(i).padStart(2, '0');
      batch.set(adminDb().doc(`${to}/${kind}/c${n}`), { ...like, body: `Comment ${n}`, createdAt: Timestamp.fromMillis(Date.parse('2026-01-01T00:00:00Z') + i * 60_000) });
    }
    await batch.commit();
    try {
      await longThread(page, to);
    } finally {
      // the demo's other files count Acme's tasks and threads
      await adminDb().recursiveDelete(adminDb().doc(to));
    }
  });

  it('a Reply the server refuses (its task deleted meanwhile) stays on screen with the reason, Retry and Discard', async () => {
    const { page } = sam;
    const gone = `gone-${stamp}`;
    const ref = adminDb().doc(`companies/acme/tasks/${gone}`);
    await ref.set({
      projectId: 'website-redesign',
      title: `Short-lived task ${stamp}`,
      description: '',
      status: 'todo',
      priority: 'low',
      assignee: null,
      dueDate: null,
      deliverables: [],
      createdAt: Timestamp.now(),
      updatedAt: Timestamp.now(),
    });
    await page.goto(`/console/tasks/acme/${gone}`);
    await page.getByRole('heading', { name: `Short-lived task ${stamp}`, level: 1 }).waitFor();
    const body = `Reply to a task about to go (${stamp})`;
    await page.getByRole('tab', { name: 'Reply to client' }).click();
    await page.getByRole('textbox', { name: 'Reply visible to Acme Corp' }).fill(body);
    await page.getByRole('button', { name: 'Send reply to Acme Corp' }).click();
    await page.getByTestId('comment-outgoing').waitFor();
    // Shown by its thread: the shell's stack leaves it out.
    expect(await page.getByTestId('outgoing-reply').count()).toBe(0);

    // Someone deletes the task inside the undo window: its page goes, the reply must not.
    await ref.delete();
    await page.getByTestId('comment-outgoing').waitFor({ state: 'detached' });
    const stacked = page.getByTestId('outgoing-reply');
    await stacked.waitFor();
    await stacked.getByRole('button', { name: 'Send now' }).click();
    await stacked.getByText("Couldn't send the reply to Acme Corp").waitFor();
    expect(await stacked.innerText()).toMatch(/refused this change \(permission denied\)/);
    expect(await stacked.innerText()).toContain(body);

    await stacked.getByRole('button', { name: 'Retry' }).click();
    await stacked.getByText("Couldn't send the reply to Acme Corp").waitFor();
    await stacked.getByRole('button', { name: 'Discard' }).click();
    await stacked.waitFor({ state: 'detached' });
    expect((await ref.collection('replies').get()).size).toBe(0);
  });
});

/** Sam on the seeded long thread `to`: the latest 50, then all 60. */
async function longThread(page: Page, to: string): Promise<void> {
  await page.goto(`/console/tasks/acme/${to.split('/').pop()}`);
  await page.getByRole('heading', { name: `Long thread ${stamp}`, level: 1 }).waitFor();
  const shown = page.locator('[data-testid="comment"] .cx-comment-body');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="comment"]').length === 50);
  expect(await shown.first().innerText()).toBe('Comment 11');
  expect(await shown.last().innerText()).toBe('Comment 60');
  await page.getByText('30 replies visible to Acme Corp · 30 internal notes').waitFor();
  await page.getByRole('button', { name: 'Earlier comments' }).click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="comment"]').length === 60);
  expect(await shown.first().innerText()).toBe('Comment 01');
  expect(await page.getByRole('button', { name: 'Earlier comments' }).count()).toBe(0);
  await page.getByText('30 replies visible to Acme Corp · 30 internal notes').waitFor();
  expect(seriousProblems(sam.problems)).toEqual([]);
}
