/**
 * Design-system tool (issue 11), not a test: a full-page screenshot of every page in
 * e2e/tools/pages.ts at 1280 and 360 px, into $SHOTS_DIR (default e2e/artifacts/shots/). With
 * $SHOTS_BEFORE (the folder of an earlier run, e.g. of main before a CSS change), each shot is
 * compared with its namesake there: a different size, or the pixels whose colour moved by more
 * than 24 in a channel, with the box around them. Run: `npm run css:shots`.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { visitEveryPage } from './pages';

const dir = `${(process.env.SHOTS_DIR || fileURLToPath(new URL('../artifacts/shots/', import.meta.url))).replace(/\/$/, '')}/`;
const before = process.env.SHOTS_BEFORE ? `${process.env.SHOTS_BEFORE.replace(/\/$/, '')}/` : null;
mkdirSync(dir, { recursive: true });

const COMPARE = String.raw`async ([a, b]) => {
  const load = (src) => new Promise((resolve, reject) => { const img = new Image(); img.onload = () => resolve(img); img.onerror = reject; img.src = src; });
  const [A, B] = await Promise.all([load(a), load(b)]);
  if (A.width !== B.width || A.height !== B.height) return { size: A.width + 'x' + A.height + ' → ' + B.width + 'x' + B.height };
  const pixels = (img) => { const c = document.createElement('canvas'); c.width = img.width; c.height = img.height; const g = c.getContext('2d'); g.drawImage(img, 0, 0); return g.getImageData(0, 0, img.width, img.height).data; };
  const pa = pixels(A), pb = pixels(B);
  let n = 0, x0 = Infinity, x1 = -1, y0 = Infinity, y1 = -1;
  for (let i = 0; i < pa.length; i += 4) {
    if (Math.abs(pa[i] - pb[i]) > 24 || Math.abs(pa[i + 1] - pb[i + 1]) > 24 || Math.abs(pa[i + 2] - pb[i + 2]) > 24) {
      n++; const p = i / 4, x = p % A.width, y = Math.floor(p / A.width);
      x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
    }
  }
  return n ? { pixels: n, box: 'x ' + x0 + '–' + x1 + ', y ' + y0 + '–' + y1 } : {};
}`;

const differences: string[] = [];
let compared = 0;
let comparer: Page | undefined;

/** Compares `name` with its namesake in SHOTS_BEFORE, in a blank page of the visitor's browser context. */
async function compare(page: Page, name: string): Promise<void> {
  if (!before) return;
  if (!existsSync(before + name)) {
    differences.push(`${name}: not in ${before}`);
    return;
  }
  comparer ??= await page.context().newPage();
  const dataUrl = (path: string) => `data:image/png;base64,${readFileSync(path).toString('base64')}`;
  const result = (await comparer.evaluate(`(${COMPARE})(${JSON.stringify([dataUrl(before + name), dataUrl(dir + name)])})`)) as { size?: string; pixels?: number; box?: string };
  compared++;
  if (result.size) differences.push(`${name}: size ${result.size}`);
  else if (result.pixels) differences.push(`${name}: ${result.pixels} px in ${result.box}`);
}

describe('screenshots', () => {
  visitEveryPage(
    async (page, shot) => {
      await page.screenshot({ path: `${dir}${shot}.png`, fullPage: true, animations: 'disabled', caret: 'hide' });
      await compare(page, `${shot}.png`);
    },
    async () => {
      await comparer?.close();
      if (before) {
        console.log(`[shots] ${compared} shots compared with ${before}: ${differences.length} differ`);
        for (const line of differences) console.log(`  ${line}`);
      }
    },
  );
});
