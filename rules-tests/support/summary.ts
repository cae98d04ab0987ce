/** The count lines the suite prints (shared by the files and the global teardown). */
declare module 'vitest' {
  export interface ProvidedContext {
    /** where each test file leaves its Tally (set by global-setup.ts) */
    rulesCountsDir: string;
  }
}

export interface Counts {
  allowed: number;
  denied: number;
}

export interface Tally {
  file: string;
  /** every assertion of the file */
  all: Counts;
  /** the part run by the access matrix (support/matrix.ts) */
  matrix: Counts;
}

const describeCounts = (c: Counts) => `${c.allowed + c.denied} cases (${c.allowed} allowed, ${c.denied} denied)`;

export function summaryLine(label: string, t: Omit<Tally, 'file'>): string {
  const rest: Counts = { allowed: t.all.allowed - t.matrix.allowed, denied: t.all.denied - t.matrix.denied };
  return `${label}: ${describeCounts(t.all)} — matrix ${describeCounts(t.matrix)}; escalation/queries/fuzz ${describeCounts(rest)}`;
}
