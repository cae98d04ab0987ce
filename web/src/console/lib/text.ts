/** Matching text the way people type it: accents and case ignored. */

export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

/** Whether `text` holds `query` (normalized); an empty query matches everything. */
export function matches(text: string, query: string): boolean {
  const q = normalize(query);
  return !q || normalize(text).includes(q);
}

/** 0 = no match; higher is better: whole-title prefix, word prefix, substring. */
export function score(query: string, ...fields: string[]): number {
  const q = normalize(query);
  if (!q) return 0;
  let best = 0;
  fields.forEach((field, i) => {
    const f = normalize(field);
    const weight = i === 0 ? 1 : 0.5;
    let s = 0;
    if (f === q) s = 4;
    else if (f.startsWith(q)) s = 3;
    else if (f.split(/[\s\-–—_/.,:]+/).some((w) => w.startsWith(q))) s = 2;
    else if (f.includes(q)) s = 1;
    best = Math.max(best, s * weight);
  });
  return best;
}
