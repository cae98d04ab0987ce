/**
 * The scale measurement (issue 10): every portal page (as a client) and every console page a
 * role may open (as an admin and as staff), measured in Chromium on the seeded demo and again on
 * a grown agency (bench/lib/grow.ts). Shared by `npm run bench:scale` (bench/scale.ts) and the
 * budget test in `npm test` (e2e/tests/scale.e2e.ts).
 *
 * One page view = a full navigation to the page's URL in a new tab of a signed-in browser
 * context, its Firestore cache (IndexedDB) deleted before the app starts (the sign-in is kept),
 * so every view reads what a first visit reads.
 *
 * - reads: documents the Firestore backend delivered to the page, counted on the wire by a script
 *   the page runs before the app (it wraps fetch and XMLHttpRequest, which the Firestore SDK's
 *   WebChannel uses, and reads a clone of each response): each `documentChange` in the Listen
 *   channel's stream is one document read; an aggregation (`runAggregationQuery`) is one read per
 *   1,000 index entries counted (at least one); `runQuery` / `batchGet` results and REST document
 *   GETs count each document. Independent of the app's code.
 * - time: from the navigation's start until the page has settled: its `main h1` is on screen,
 *   no loading skeleton, spinner or busy element is left in `main`, no Firestore request is
 *   pending, and neither data (Listen stream messages, RPC answers) nor elements added to or
 *   removed from the page have come for `quietMs` (500 ms); the time is that of the last of
 *   them (the quiet wait is not counted).
 * - heap: JS heap in use after the page settled and a forced garbage collection
 *   (CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage).
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP } from '../../e2e/support/browser';
import { signIn } from '../../e2e/support/portal';

export type ScaleRole = 'client' | 'admin' | 'staff';

export const ACCOUNTS: Record<ScaleRole, string> = {
  client: 'carol@acme.test',
  admin: 'ada@northwind.test',
  staff: 'sam@northwind.test',
};

export interface ScalePage {
  role: ScaleRole;
  /** the URL path */
  page: string;
  /** a short name for tables */
  name: string;
}

/** `${role} ${path}`: how BOUNDED_PAGES and the tables name a page view. */
export const pageKey = (p: Pick<ScalePage, 'role' | 'page'>) => `${p.role} ${p.page}`;

export const PORTAL_PAGES: readonly { page: string; name: string }[] = [
  { page: '/portal', name: 'Portal Home' },
  { page: '/portal/projects', name: 'Projects' },
  { page: '/portal/projects/website-redesign', name: 'Project' },
  { page: '/portal/tasks', name: 'Tasks' },
  { page: '/portal/tasks/homepage-design', name: 'Task' },
  { page: '/portal/invoices', name: 'Invoices' },
  { page: '/portal/invoices/inv-1002', name: 'Invoice' },
];

/** Route parameters: a demo record of Acme's for each (they exist in the seeded and the grown agency). */
const PARAMS: Record<string, string> = {
  companyId: 'acme',
  projectId: 'website-redesign',
  taskId: 'homepage-design',
  invoiceId: 'inv-1002',
};

/** Pages under a route with its own sub-routes, measured besides the route's own page. */
const SUB_PAGES: Record<string, { path: string; label: string }[]> = {
  'invoices/*': [{ path: 'invoices/acme/inv-1002', label: 'Invoice' }],
};

/** Routes not measured: "View as" mints a preview account (a write), it is not a page view. */
const SKIPPED = new Set(['view-as/:companyId/*']);

export interface ConsoleRouteEntry {
  path: string;
  label: string;
  access: 'staff' | 'admin';
}

/** The console's route table, read from web/src/console/routes.tsx (the one place routes are declared). */
export function consoleRouteTable(source = readFileSync(new URL('../../web/src/console/routes.tsx', import.meta.url), 'utf8')): ConsoleRouteEntry[] {
  const routes: ConsoleRouteEntry[] = [];
  const pattern = /\{\s*path:\s*'([^']*)',\s*label:\s*'([^']*)',\s*access:\s*'(staff|admin)'/g;
  for (const m of source.matchAll(pattern)) routes.push({ path: m[1]!, label: m[2]!, access: m[3] as 'staff' | 'admin' });
  if (routes.length === 0) throw new Error('No routes found in web/src/console/routes.tsx (did its shape change?)');
  return routes;
}

function concrete(path: string): string {
  const filled = path.replace(/\/\*$/, '').replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = PARAMS[name];
    if (!value) throw new Error(`No demo value for route parameter :${name}`);
    return value;
  });
  return filled ? `/console/${filled}` : '/console';
}

/** Every page view the benchmark makes, by role: the portal as a client, the console as admin and as staff. */
export function scalePages(routes = consoleRouteTable()): ScalePage[] {
  const pages: ScalePage[] = PORTAL_PAGES.map((p) => ({ role: 'client', ...p }));
  for (const role of ['admin', 'staff'] as const) {
    for (const route of routes) {
      if (SKIPPED.has(route.path) || (route.access === 'admin' && role !== 'admin')) continue;
      pages.push({ role, page: concrete(route.path), name: route.label });
      for (const sub of SUB_PAGES[route.path] ?? []) pages.push({ role, page: concrete(sub.path), name: sub.label });
    }
  }
  return pages;
}

// ---- the in-page probe ----

/** Elements that mean "still loading". */
export const BUSY_SELECTOR = 'main .loading-block, main .skeleton, main .skeleton-row, main .spinner, main .is-loading, main [aria-busy="true"]';

/**
 * Runs in the page before the app: counts the documents the Firestore backend delivers and
 * records when data, DOM changes and loading indicators were last seen (performance.now(), ms
 * since the navigation started).
 */
const PROBE = `((projectId) => {
  if (window.__scale) return;
  // A first visit: no Firestore cache (the sign-in, in Firebase Auth's own database, stays).
  // IndexedDB queues the app's open behind this delete.
  if (projectId) indexedDB.deleteDatabase('firestore/[DEFAULT]/' + projectId + '/main');
  const s = { listenDocs: 0, aggregations: 0, aggregationReads: 0, rpcDocs: 0, lastData: 0, lastBusy: 0, lastMutation: 0, h1At: 0, pending: 0 };
  window.__scale = s;
  const BUSY = ${JSON.stringify(BUSY_SELECTOR)};
  // Content changes: elements added to or removed from the page (not text or attribute updates,
  // which clocks and relative times make every second).
  const check = (records) => {
    const now = performance.now();
    for (const r of records) {
      if (r.type !== 'childList') continue;
      const nodes = [...r.addedNodes, ...r.removedNodes];
      if (nodes.some((n) => n.nodeType === 1)) { s.lastMutation = now; break; }
    }
    if (document.querySelector(BUSY)) s.lastBusy = now;
    if (!s.h1At && document.querySelector('main h1')) s.h1At = now;
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const TOKENS = /"(documentChange|documentDelete|documentRemove|targetChange|filter)"/g;
  // Counts tokens in a growing stream; returns what to keep for the next chunk (a token may be cut in two).
  const scan = (buf) => {
    TOKENS.lastIndex = 0;
    let end = 0, m, seen = false;
    while ((m = TOKENS.exec(buf))) {
      if (m[1] === 'documentChange') s.listenDocs += 1;
      seen = true;
      end = TOKENS.lastIndex;
    }
    if (seen) s.lastData = performance.now();
    return buf.slice(Math.max(end, buf.length - 20));
  };
  const isListen = (url) => url.includes('/google.firestore.v1.Firestore/Listen/channel');
  const isRpc = (url) => /documents:(runAggregationQuery|runQuery|batchGet)/.test(url);
  const isDocGet = (url, method) => {
    if (method !== 'GET') return false;
    let path = '';
    try { path = new URL(url, location.href).pathname; } catch { return false; }
    return path.startsWith('/v1/projects/') && path.includes('/documents/') && !path.includes(':');
  };
  const countAliasesOf = (body) => {
    try {
      const spec = JSON.parse(typeof body === 'string' ? body : '{}');
      const aggs = (spec.structuredAggregationQuery && spec.structuredAggregationQuery.aggregations) || [];
      return aggs.filter((a) => a.count !== undefined).map((a) => a.alias);
    } catch { return []; }
  };
  const rpcDone = (url, aliases, text) => {
    s.lastData = performance.now();
    let results = [];
    try { results = JSON.parse(text); } catch {}
    if (!Array.isArray(results)) results = [results];
    if (url.includes('runAggregationQuery')) {
      s.aggregations += 1;
      let entries = 0;
      for (const r of results) {
        const fields = (r && r.result && r.result.aggregateFields) || {};
        for (const alias of aliases) entries = Math.max(entries, Number((fields[alias] || {}).integerValue || 0));
      }
      s.aggregationReads += Math.max(1, Math.ceil(entries / 1000));
    } else {
      for (const r of results) if (r && (r.document || r.found)) s.rpcDocs += 1;
    }
  };
  // The Firestore SDK's WebChannel and RPCs use fetch in current browsers, XMLHttpRequest in others.
  const fetch0 = window.fetch;
  window.fetch = function (input, init) {
    const url = String((input && input.url) || input);
    const method = (init && init.method) || (input && input.method) || 'GET';
    const pending = fetch0.apply(this, arguments);
    if (isListen(url)) {
      pending.then((res) => {
        if (!res.body) return;
        const reader = res.clone().body.getReader();
        const decoder = new TextDecoder();
        let buf = '';
        const pump = () => reader.read().then(({ done, value }) => {
          if (done) return;
          buf = scan(buf + decoder.decode(value, { stream: true }));
          return pump();
        });
        pump().catch(() => {});
      }, () => {});
    } else if (isRpc(url)) {
      s.pending += 1;
      const aliases = countAliasesOf(init && init.body);
      pending
        .then((res) => res.clone().text())
        .then((text) => rpcDone(url, aliases, text), () => {})
        .finally(() => { s.pending -= 1; });
    } else if (isDocGet(url, method)) {
      s.pending += 1;
      pending.then((res) => { if (res.ok) s.rpcDocs += 1; s.lastData = performance.now(); }, () => {}).finally(() => { s.pending -= 1; });
    }
    return pending;
  };
  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.__scaleUrl = String(url);
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function (body) {
    const url = this.__scaleUrl || '';
    const xhr = this;
    if (isListen(url)) {
      let pos = 0;
      let buf = '';
      xhr.addEventListener('readystatechange', () => {
        if (xhr.readyState < 3) return;
        let text;
        try { text = xhr.responseText; } catch { return; }
        if (!text || text.length <= pos) return;
        buf = scan(buf + text.slice(pos));
        pos = text.length;
      });
    } else if (isRpc(url)) {
      s.pending += 1;
      const aliases = countAliasesOf(body);
      xhr.addEventListener('loadend', () => {
        s.pending -= 1;
        rpcDone(url, aliases, xhr.responseText);
      });
    }
    return send.apply(this, arguments);
  };
})(__PROJECT_ID__);`;

export interface ViewMeasure {
  /** navigation start → settled, ms */
  ms: number;
  /** documents delivered (listen + aggregation + one-off queries) */
  reads: number;
  detail: { listenDocs: number; aggregations: number; aggregationReads: number; rpcDocs: number; appReads: number | null; h1At?: number; lastData?: number; lastBusy?: number; lastMutation?: number };
  /** JS heap in use after GC, MB */
  heapMB: number;
  /** the page came up (its heading, no error page, no uncaught error or denied read) */
  ok: boolean;
  /** it settled within the time limit */
  settled: boolean;
  heading: string;
  problems: string[];
}

export interface MeasureOptions {
  quietMs?: number;
  timeoutMs?: number;
}

const ERROR_HEADINGS = /not found|isn.t available|not allowed|something went wrong|couldn.t load|no access/i;

/** A signed-in browser context for a role (kept for all of that role's views). */
export interface RoleSession {
  role: ScaleRole;
  context: BrowserContext;
  baseUrl: string;
}

export async function openRole(browser: Browser, baseUrl: string, role: ScaleRole, projectId: string): Promise<RoleSession> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: DESKTOP, locale: 'en-US', timezoneId: 'UTC', serviceWorkers: 'block' });
  await context.addInitScript(PROBE.replace('__PROJECT_ID__', JSON.stringify(projectId)));
  const page = await context.newPage();
  await signIn(page, ACCOUNTS[role]);
  await page.locator('main h1').first().waitFor({ timeout: 30_000 });
  await page.close();
  return { role, context, baseUrl };
}

export async function measureView(session: RoleSession, path: string, { quietMs = 500, timeoutMs = 45_000 }: MeasureOptions = {}): Promise<ViewMeasure> {
  const page: Page = await session.context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  const cdp = await session.context.newCDPSession(page);
  try {
    await page.goto(path, { waitUntil: 'commit' });
    let settled = true;
    try {
      await page.waitForFunction(
        ({ quiet, busy }) => {
          const s = (window as unknown as { __scale?: { lastData: number; lastBusy: number; lastMutation: number; h1At: number; pending: number } }).__scale;
          if (!s || !s.h1At || s.pending > 0 || document.querySelector(busy)) return false;
          return performance.now() - Math.max(s.lastData, s.lastBusy, s.lastMutation) >= quiet;
        },
        { quiet: quietMs, busy: BUSY_SELECTOR },
        { timeout: timeoutMs, polling: 100 },
      );
    } catch {
      settled = false;
    }
    const state = await page.evaluate(() => {
      const w = window as unknown as { __scale?: Record<string, number>; __agencyOsReads?: number };
      const h1 = document.querySelector('main h1');
      return { s: { ...(w.__scale ?? {}) }, appReads: typeof w.__agencyOsReads === 'number' ? w.__agencyOsReads : null, heading: h1?.textContent?.trim() ?? '' };
    });
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const s = state.s as Record<'listenDocs' | 'aggregations' | 'aggregationReads' | 'rpcDocs' | 'lastData' | 'lastBusy' | 'lastMutation' | 'h1At', number>;
    const serious = problems.filter((p) => /pageerror|permission|insufficient|FirebaseError/i.test(p));
    return {
      ms: Math.round(Math.max(s.h1At ?? 0, s.lastData ?? 0, s.lastBusy ?? 0, s.lastMutation ?? 0)),
      reads: (s.listenDocs ?? 0) + (s.aggregationReads ?? 0) + (s.rpcDocs ?? 0),
      detail: {
        listenDocs: s.listenDocs ?? 0,
        aggregations: s.aggregations ?? 0,
        aggregationReads: s.aggregationReads ?? 0,
        rpcDocs: s.rpcDocs ?? 0,
        appReads: state.appReads,
        h1At: Math.round(s.h1At ?? 0),
        lastData: Math.round(s.lastData ?? 0),
        lastBusy: Math.round(s.lastBusy ?? 0),
        lastMutation: Math.round(s.lastMutation ?? 0),
      },
      heapMB: Math.round((heap.usedSize / 1024 / 1024) * 100) / 100,
      ok: Boolean(s.h1At) && !ERROR_HEADINGS.test(state.heading) && serious.length === 0,
      settled,
      heading: state.heading,
      problems: serious,
    };
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** Several views of one page: median time and heap, the most reads seen. */
export interface PageMeasure {
  ms: number;
  reads: number;
  heapMB: number;
  ok: boolean;
  settled: boolean;
  runs: number[];
  heading: string;
  problems: string[];
  detail: ViewMeasure['detail'];
}

export function summarize(views: readonly ViewMeasure[]): PageMeasure {
  const last = views[views.length - 1]!;
  return {
    ms: Math.round(median(views.map((v) => v.ms))),
    reads: Math.max(...views.map((v) => v.reads)),
    heapMB: Math.round(median(views.map((v) => v.heapMB)) * 100) / 100,
    ok: views.every((v) => v.ok),
    settled: views.every((v) => v.settled),
    runs: views.map((v) => v.ms),
    heading: last.heading,
    problems: [...new Set(views.flatMap((v) => v.problems))],
    detail: last.detail,
  };
}

/** Measures pages, one signed-in context per role, `runs(page)` views each. */
export async function measurePages(
  browser: Browser,
  baseUrl: string,
  pages: readonly ScalePage[],
  runs: (page: ScalePage) => number,
  options: MeasureOptions & { projectId: string; log?: (line: string) => void; singleViewOverReads?: number },
): Promise<Map<string, PageMeasure>> {
  const results = new Map<string, PageMeasure>();
  for (const role of ['client', 'admin', 'staff'] as const) {
    const mine = pages.filter((p) => p.role === role);
    if (mine.length === 0) continue;
    const session = await openRole(browser, baseUrl, role, options.projectId);
    try {
      for (const p of mine) {
        const views: ViewMeasure[] = [];
        for (let i = 0; i < Math.max(1, runs(p)); i++) {
          views.push(await measureView(session, p.page, options));
          // a page reading far over the budget is not timed again (its reads are the finding)
          if (options.singleViewOverReads !== undefined && views[0]!.reads > options.singleViewOverReads) break;
        }
        const m = summarize(views);
        results.set(pageKey(p), m);
        options.log?.(`  ${pageKey(p).padEnd(40)} ${String(m.ms).padStart(6)} ms ${String(m.reads).padStart(6)} reads ${m.heapMB.toFixed(1).padStart(6)} MB${m.ok ? '' : ` ✖ ${m.heading} ${m.problems.join('; ')}`}${m.settled ? '' : ' (did not settle)'}`);
      }
    } finally {
      await session.context.close();
    }
  }
  return results;
}

// ---- budgets and the table ----

export const BUDGET = {
  /** documents read per page view on the grown agency */
  maxReads: 100,
  /** grown / seeded */
  maxTimeRatio: 1.5,
  /** absolute slack on time: grown may take small × 1.5 or small + this, whichever is more */
  timeSlackMs: 300,
  maxHeapRatio: 1.5,
} as const;

export interface ScaleRow {
  page: string;
  role: ScaleRole;
  name: string;
  small: PageMeasure;
  large: PageMeasure;
}

export interface Verdict {
  reads: boolean;
  time: boolean;
  heap: boolean;
  renders: boolean;
  all: boolean;
  timeRatio: number;
  heapRatio: number;
}

export function verdict(row: Pick<ScaleRow, 'small' | 'large'>): Verdict {
  const timeRatio = row.large.ms / Math.max(1, row.small.ms);
  const heapRatio = row.large.heapMB / Math.max(0.01, row.small.heapMB);
  const reads = row.large.reads <= BUDGET.maxReads;
  const time = row.large.ms <= Math.max(row.small.ms * BUDGET.maxTimeRatio, row.small.ms + BUDGET.timeSlackMs);
  const heap = heapRatio <= BUDGET.maxHeapRatio;
  const renders = row.small.ok && row.large.ok && row.small.settled && row.large.settled;
  return { reads, time, heap, renders, all: reads && time && heap && renders, timeRatio, heapRatio };
}

const r2 = (n: number) => Math.round(n * 100) / 100;

/** The results.json `scale` section. */
export function scaleSection(rows: readonly ScaleRow[], grown: object, bounded?: ReadonlySet<string>) {
  return {
    pages: rows.map((r) => {
      const v = verdict(r);
      return {
        page: r.page,
        role: r.role,
        name: r.name,
        small: { ms: r.small.ms, reads: r.small.reads, heapMB: r.small.heapMB },
        large: { ms: r.large.ms, reads: r.large.reads, heapMB: r.large.heapMB },
        runsMs: { small: r.small.runs, large: r.large.runs },
        readsDetail: { small: r.small.detail, large: r.large.detail },
        timeRatio: r2(v.timeRatio),
        heapRatio: r2(v.heapRatio),
        withinBudget: v.all,
        ...(bounded ? { bounded: bounded.has(pageKey(r)) } : {}),
        ...(r.large.ok && r.small.ok ? {} : { problems: [...r.small.problems, ...r.large.problems, r.small.ok ? '' : `seeded: ${r.small.heading}`, r.large.ok ? '' : `grown: ${r.large.heading}`].filter(Boolean) }),
      };
    }),
    maxReadsLarge: Math.max(...rows.map((r) => r.large.reads)),
    maxTimeRatio: r2(Math.max(...rows.map((r) => verdict(r).timeRatio))),
    maxHeapRatio: r2(Math.max(...rows.map((r) => verdict(r).heapRatio))),
    grown,
  };
}

/** A Markdown table of every page view, seeded vs grown, with its budget verdict. */
export function scaleTable(rows: readonly (Omit<ScaleRow, 'small'> & { small?: PageMeasure })[], bounded?: ReadonlySet<string>): string {
  const lines = [
    '| role | page | seeded: ms · reads · heap | grown: ms · reads · heap | time × | heap × | budget |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  const cell = (m: PageMeasure) => `${m.ms} ms · ${m.reads} · ${m.heapMB.toFixed(1)} MB${m.ok ? '' : ' ✖'}`;
  for (const r of rows) {
    const isBounded = bounded?.has(pageKey(r));
    if (!r.small) {
      lines.push(`| ${r.role} | ${r.page} | — | ${cell(r.large)} | | | ${r.large.reads <= BUDGET.maxReads ? 'reads within budget' : 'over'}, not yet bounded: ${r.large.reads} reads |`);
      continue;
    }
    const v = verdict({ small: r.small, large: r.large });
    const fails = [!v.reads && `${r.large.reads} reads`, !v.time && 'time', !v.heap && 'heap', !v.renders && 'does not render'].filter(Boolean).join(', ');
    let status = v.all ? 'within' : `over: ${fails}`;
    if (bounded) status = isBounded ? `bounded, ${status}` : v.all ? 'within, not yet declared bounded' : `not yet bounded: ${r.large.reads} reads${fails.includes('reads') ? '' : `, ${fails}`}`;
    lines.push(`| ${r.role} | ${r.page} | ${cell(r.small)} | ${cell(r.large)} | ×${v.timeRatio.toFixed(2)} | ×${v.heapRatio.toFixed(2)} | ${status} |`);
  }
  return lines.join('\n');
}
