/**
 * Hostile pages (test/pages/content-stress.html), not timed: the content script must finish
 * without an error of its own, paint only inside the article, and not grow without bound.
 */
import { test, expect, type Ext, type ExtPage } from './harness';
import type { ContentStats } from '../../src/shared/messages';
import { contentStats, ourTexts, send } from './content-stats';

interface PassState {
  passes: number;
  errors: string[];
  ranges: number;
  outside: number;
}

/** Runs in the page: how many ranges we registered, and how many lie outside the article. */
function rangeState(): Pick<PassState, 'ranges' | 'outside'> {
  let ranges = 0;
  let outside = 0;
  const body = document.getElementById('article-body')!;
  const headline = document.getElementById('headline')!;
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('sourcelight-')) continue;
    for (const r of highlight as Highlight) {
      ranges++;
      if (!body.contains(r.startContainer) && !headline.contains(r.startContainer)) outside++;
    }
  }
  return { ranges, outside };
}

/** The content script's own account of its work, or null while it cannot answer. */
const stats = (ext: Ext, page: ExtPage): Promise<ContentStats | null> => contentStats(ext, page).catch(() => null);

async function passState(ext: Ext, page: ExtPage): Promise<PassState> {
  const { passes = 0, errors = ['no answer'] } = (await stats(ext, page)) ?? {};
  return { passes, errors, ...(await page.evaluate(rangeState)) };
}

async function openCase(ext: Ext, kind: string): Promise<{ page: ExtPage; state: PassState }> {
  const page = await ext.newPage(ext.pageUrl(`content-stress.html?case=${kind}`));
  await expect.poll(async () => (await stats(ext, page))?.passes ?? 0, { timeout: 60_000 }).toBeGreaterThan(0);
  const state = await passState(ext, page);
  expect(state.errors).toEqual([]);
  expect(state.outside).toBe(0);
  return { page, state };
}

test.describe.configure({ timeout: 120_000 });

test('a 2 MB text node', async ({ ext }) => {
  const { state } = await openCase(ext, 'bigtext');
  expect(state.ranges).toBeGreaterThan(10_000);
});

test('100,000 elements', async ({ ext }) => {
  const { page, state } = await openCase(ext, 'elements');
  const findings = (await stats(ext, page))?.firstPass?.findings ?? 0;
  expect(findings).toBeGreaterThan(10_000);
  // That many: only the findings near the viewport are registered (see the next test).
  expect(state.ranges).toBeGreaterThan(0);
  expect(state.ranges).toBeLessThan(findings);
});

/** Runs in the page: the document-relative top (px) of each registered range of ours, the focus mark left out. */
function rangeTops(): number[] {
  const tops: number[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('sourcelight-') || name === 'sourcelight-focus') continue;
    for (const r of highlight as Highlight) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      tops.push(range.getBoundingClientRect().top + window.scrollY);
    }
  }
  return tops;
}

/** Runs in the page: for each element `selector` matches, whether a registered range of ours starts in it. */
function paintedIn(selector: string): boolean[] {
  const elements = Array.from(document.querySelectorAll(selector));
  const painted = elements.map(() => false);
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('sourcelight-') || name === 'sourcelight-focus') continue;
    for (const r of highlight as Highlight) elements.forEach((el, i) => (painted[i] ||= el.contains(r.startContainer)));
  }
  return painted;
}

const LAST_PARAGRAPH = '#article-body > p:last-child';
/** The test page's paragraphs without a box of their own (`&boxless=1`). */
const BOXLESS_PARAGRAPHS = '#article-body > p[style*="contents"]';

test('thousands of findings: paragraphs without a box of their own (display: contents) are painted when their neighbours come near the viewport', async ({ ext }) => {
  const { page } = await openCase(ext, 'paragraphs&n=3000&boxless=1');
  const findings = (await stats(ext, page))?.firstPass?.findings ?? 0;
  expect(findings).toBeGreaterThan(10_000);
  // The first paragraph is at the top of the page; the other, two thirds down, far below the viewport.
  await expect.poll(() => page.evaluate(paintedIn, BOXLESS_PARAGRAPHS)).toEqual([true, false]);
  await page.evaluate((selector) => document.querySelectorAll(selector)[1]!.previousElementSibling!.scrollIntoView(), BOXLESS_PARAGRAPHS);
  await expect.poll(() => page.evaluate(paintedIn, BOXLESS_PARAGRAPHS)).toEqual([false, true]);
  expect((await page.evaluate(rangeTops)).length).toBeLessThan(findings / 10);
});

test('thousands of findings: those near the viewport are painted, the rest as the reader scrolls or steps to them', async ({ ext }) => {
  const { page } = await openCase(ext, 'paragraphs');
  const findings = (await stats(ext, page))?.firstPass?.findings ?? 0;
  expect(findings).toBeGreaterThan(10_000);
  const viewport = await page.evaluate(() => window.innerHeight);
  // Near the top: painted, within a viewport's height of the screen; nothing far below.
  await expect.poll(() => page.evaluate(rangeTops).then((tops) => tops.length)).toBeGreaterThan(0);
  let tops = await page.evaluate(rangeTops);
  expect(tops.length).toBeLessThan(findings / 10);
  expect(Math.max(...tops)).toBeLessThan(2 * viewport + 100);
  // The last paragraph is painted once scrolled to, and the top one's marks go.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => page.evaluate(paintedIn, LAST_PARAGRAPH), { timeout: 10_000 }).toEqual([true]);
  await expect.poll(() => page.evaluate(rangeTops).then((t) => Math.min(...t))).toBeGreaterThan(viewport * 2);
  // Back to the top, then a keyboard step back (wrapping to the last finding): its card shows, its paragraph is painted.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(() => page.evaluate(paintedIn, LAST_PARAGRAPH)).toEqual([false]);
  await send(ext, page, { kind: 'toContent/command', command: 'previous-finding' });
  // The card numbers it last of all painted findings ("N / N").
  await expect.poll(async () => (await stats(ext, page))?.card?.position ?? '').toMatch(/^(\d+) \/ \1$/);
  await expect.poll(() => page.evaluate(paintedIn, LAST_PARAGRAPH), { timeout: 10_000 }).toEqual([true]);
  tops = await page.evaluate(rangeTops);
  expect(tops.length).toBeLessThan(findings / 10);
  expect((await stats(ext, page))?.errors).toEqual([]);
  // Turned off: every mark goes, and scrolling brings none back.
  await ext.setStorageSync({ settings: { schemaVersion: 2, enabled: false, chunks: {} } });
  await expect.poll(() => page.evaluate(rangeTops).then((t) => t.length)).toBe(0);
  await page.evaluate(async () => {
    window.scrollTo(0, 0);
    // Two frames: an observer's callbacks come after the rendering update that follows the scroll.
    for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => setTimeout(resolve, 100));
  });
  expect(await page.evaluate(rangeTops)).toEqual([]);
});

/** Runs in the page: the text of our adopted ::highlight() stylesheet ('' when none is adopted). */
function ourSheetText(): string {
  const sheet = document.adoptedStyleSheets.find((s) => Array.from(s.cssRules).some((r) => r.cssText.includes('::highlight(sourcelight-')));
  return sheet ? Array.from(sheet.cssRules, (r) => r.cssText).join('\n') : '';
}

test('a highlight style chosen while thousands of findings are being painted is the one that stays', async ({ ext }) => {
  const page = await ext.newPage(ext.pageUrl('content-stress.html?case=paragraphs'));
  // Chosen while the first pass runs (hundreds of milliseconds on this page): a repaint of the
  // look alone, which must not interleave with the pass's own paint and lose to its old look.
  await ext.setStorageSync({ settings: { schemaVersion: 2, highlightStyle: 'underline', chunks: {} } });
  await expect.poll(async () => (await stats(ext, page))?.passes ?? 0, { timeout: 60_000 }).toBeGreaterThan(0);
  await expect.poll(() => page.evaluate(rangeState).then((s) => s.ranges)).toBeGreaterThan(0);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 1_000)));
  const css = await page.evaluate(ourSheetText);
  expect(css).toContain('text-decoration');
  expect(css).not.toMatch(/::highlight\(sourcelight-hedge\) \{[^}]*background-color/);
  expect((await stats(ext, page))?.errors).toEqual([]);
});

test('inline markup nested 1,500 deep', async ({ ext }) => {
  const { page, state } = await openCase(ext, 'deep');
  expect(state.ranges).toBeGreaterThan(5);
  // The last words, 1,500 elements down, are read and painted.
  expect(await page.evaluate(ourTexts)).toContain('reportedly');
});

test('right-to-left and CJK text', async ({ ext }) => {
  const { page, state } = await openCase(ext, 'rtl-cjk');
  expect(state.ranges).toBeGreaterThan(5);
  const report = await ext.inExtension(
    async (api, tabId) => (await api.tabs.sendMessage(tabId, { kind: 'toContent/getReport' }, { frameId: 0 })) as { text: string; findings: Array<{ text: string; start: number; end: number }> },
    await ext.tabIdOf(page),
  );
  expect(report.text).toContain('据报道，市议会在没有公开招标的情况下批准了该计划。');
  expect(report.text).toContain('قال مسؤولون إن الخطة');
  for (const f of report.findings) expect(report.text.slice(f.start, f.end)).toBe(f.text);
  expect(report.findings.map((f) => f.text)).toEqual(expect.arrayContaining(['allegedly', 'reportedly', 'could not be independently verified']));
});

test('1,000 DOM changes a second for 10 s: keeps up, then settles where it started', async ({ ext }) => {
  const { page, state } = await openCase(ext, 'mutations');
  const heap = () => page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
  const heapBefore = await heap();
  const changes = await page.evaluate(() => (window as unknown as { storm(perSecond: number, seconds: number): Promise<number> }).storm(1_000, 10));
  expect(changes).toBeGreaterThanOrEqual(5_000);
  // During the storm it refreshed (debounced, at most every 1.5 s), and afterwards it is back to the start.
  await expect.poll(() => passState(ext, page), { timeout: 20_000 }).toMatchObject({ ranges: state.ranges, errors: [], outside: 0 });
  const after = await passState(ext, page);
  expect(after.passes).toBeGreaterThan(state.passes);
  expect(after.passes).toBeLessThan(state.passes + 40);
  if (heapBefore > 0) expect((await heap()) - heapBefore).toBeLessThan(64 * 1024 * 1024);
});
