/** The scale benchmark's own logic: which pages it measures, the generated agency, the budgets. */
import { describe, expect, it } from 'vitest';
import { CI_SIZES, FULL_SIZES, generateGrowth, prng } from './grow';
import { consoleRouteTable, pageKey, scalePages, verdict, type PageMeasure } from './scale';

describe('scale pages', () => {
  const pages = scalePages();

  it('measures every console route a role may open (but View as), the portal as a client', () => {
    const routes = consoleRouteTable();
    expect(routes.length).toBeGreaterThan(10);
    const admin = pages.filter((p) => p.role === 'admin').map((p) => p.page);
    const staff = pages.filter((p) => p.role === 'staff').map((p) => p.page);
    for (const route of routes.filter((r) => !r.path.startsWith('view-as'))) {
      const base = `/console${route.path ? `/${route.path.replace(/\/\*$/, '').split('/')[0]}` : ''}`;
      expect(admin.some((p) => p.startsWith(base))).toBe(true);
      expect(staff.some((p) => p.startsWith(base))).toBe(route.access === 'staff');
    }
    expect(admin).toContain('/console/invoices/acme/inv-1002');
    expect(pages.filter((p) => p.role === 'client')).toHaveLength(7);
    expect(new Set(pages.map(pageKey)).size).toBe(pages.length);
  });
});

describe('the grown agency', () => {
  const now = new Date('2026-06-15T12:00:00Z');

  it('is deterministic and as large as asked', () => {
    const a = generateGrowth(CI_SIZES, now);
    const b = generateGrowth(CI_SIZES, now);
    expect(JSON.stringify(a.docs.slice(0, 200))).toBe(JSON.stringify(b.docs.slice(0, 200)));
    expect(a.counts.timeEntries).toBe(CI_SIZES.timeEntries);
    expect(a.counts.companies).toBe(CI_SIZES.clients);
    // Acme's totals include the demo's 6 tasks, 3 projects, 4 invoices
    expect(a.docs.filter(([p]) => /^companies\/acme\/tasks\/[^/]+$/.test(p))).toHaveLength(CI_SIZES.acmeTasks - 6);
    expect(a.docs.filter(([p]) => /^companies\/acme\/projects\/[^/]+$/.test(p))).toHaveLength(CI_SIZES.acmeProjects - 3);
    expect(a.docs.filter(([p]) => /^companies\/acme\/invoices\/[^/]+$/.test(p))).toHaveLength(CI_SIZES.acmeInvoices - 4);
    const full = generateGrowth(FULL_SIZES, now).counts;
    expect(full.tasks).toBe(FULL_SIZES.acmeTasks - 6 + FULL_SIZES.clients * FULL_SIZES.clientTasks);
  });

  it('logs time in the past on projects that exist, and open work is due ahead', () => {
    const { docs } = generateGrowth(CI_SIZES, now);
    const today = '2026-06-15';
    const paths = new Set(docs.map(([p]) => p));
    for (const [path, data] of docs) {
      if (path.startsWith('timeEntries/')) {
        expect(data.date < today).toBe(true);
        expect(paths.has(`companies/${data.companyId}/projects/${data.projectId}`)).toBe(true);
        if (data.taskId) expect(paths.has(`companies/${data.companyId}/tasks/${data.taskId}`)).toBe(true);
        expect(data.minutes % 15).toBe(0);
      }
      if (/\/tasks\/[^/]+$/.test(path) && data.status !== 'done') expect(data.dueDate > today).toBe(true);
      if (/\/invoices\/[^/]+$/.test(path)) expect(data.total).toBe(data.subtotal + data.tax);
    }
  });

  it('prng is seeded', () => {
    const a = prng(1);
    const b = prng(1);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});

describe('budgets', () => {
  const m = (ms: number, reads: number, heapMB: number): PageMeasure => ({ ms, reads, heapMB, ok: true, settled: true, runs: [ms], heading: 'x', problems: [], detail: { listenDocs: reads, aggregations: 0, aggregationReads: 0, rpcDocs: 0, appReads: null } });

  it('time may grow 1.5× or by 300 ms, whichever is more; reads ≤ 100; heap ≤ 1.5×', () => {
    expect(verdict({ small: m(400, 10, 10), large: m(700, 100, 15) }).all).toBe(true);
    expect(verdict({ small: m(400, 10, 10), large: m(701, 10, 10) }).time).toBe(false);
    expect(verdict({ small: m(1000, 10, 10), large: m(1500, 10, 10) }).time).toBe(true);
    expect(verdict({ small: m(400, 10, 10), large: m(400, 101, 10) }).reads).toBe(false);
    expect(verdict({ small: m(400, 10, 10), large: m(400, 10, 15.1) }).heap).toBe(false);
  });
});
