/**
 * How long the Firestore emulator takes to answer a bounded query — the same answer size on the
 * seeded demo and on the grown agency — run with the Admin SDK, next to no browser. Production
 * Firestore serves such a query from an index, so its time follows the answer; the emulator
 * scans the collection, so its time follows the history. The scale benchmark prints this beside
 * the pages' times: a page's time ratio near the emulator's own ratio is the emulator's, not the
 * page's.
 */
import { AggregateField, FieldPath, type Firestore, type Query } from 'firebase-admin/firestore';

export interface ProbeResult {
  query: string;
  /** documents (or aggregation rows) in the answer */
  answered: number;
  /** median of the runs, ms */
  ms: number;
}

const RUNS = 5;

async function timed(run: () => Promise<number>): Promise<{ ms: number; answered: number }> {
  const times: number[] = [];
  let answered = 0;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    answered = await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ms: Math.round(times[Math.floor(RUNS / 2)]! * 10) / 10, answered };
}

/** `day`: a date with logged time in both states (e.g. a seeded entry's date). */
export async function probeBoundedQueries(db: Firestore, day: string): Promise<ProbeResult[]> {
  const get = (q: Query) => async () => (await q.get()).size;
  const probes: [string, () => Promise<number>][] = [
    ['one day’s time entries, 20 at most (Time)', get(db.collection('timeEntries').where('date', '==', day).orderBy(FieldPath.documentId()).limit(20))],
    ['a sum() over one day’s time entries (an aggregation)', async () => ((await db.collection('timeEntries').where('date', '==', day).aggregate({ minutes: AggregateField.sum('minutes') }).get()).data().minutes === null ? 0 : 1)],
    ['Acme’s open tasks, 25 at most (Tasks)', get(db.collection('companies/acme/tasks').where('status', 'in', ['todo', 'in_progress', 'in_review']).limit(25))],
    ['one document by id (a detail page)', async () => ((await db.doc('companies/acme').get()).exists ? 1 : 0)],
  ];
  const results: ProbeResult[] = [];
  for (const [query, run] of probes) results.push({ query, ...(await timed(run)) });
  return results;
}

/** Seeded vs grown, one line per query. */
export function probeTable(small: readonly ProbeResult[], large: readonly ProbeResult[]): string {
  const lines = ['| emulator query (Admin SDK, median of 5) | seeded | grown | × |', '| --- | --- | --- | --- |'];
  for (const s of small) {
    const l = large.find((r) => r.query === s.query);
    if (!l) continue;
    lines.push(`| ${s.query} | ${s.ms} ms (${s.answered}) | ${l.ms} ms (${l.answered}) | ×${(l.ms / Math.max(0.1, s.ms)).toFixed(1)} |`);
  }
  return lines.join('\n');
}
