/**
 * An extension instance's traces on a page, for the specs that replace the instance under a
 * live page (update.spec, reenable.chromium.spec): what the old one registered, what is left
 * of it, and whether the new one painted the same.
 */
import { expect, type Ext, type ExtPage } from './harness';
import { contentStats } from './content-stats';

export interface Marks {
  /** `name: text` of every range we registered, sorted. */
  ranges: string[];
  /** Registered Highlight objects that the instance before the update registered. */
  oldRegistered: number;
}

/** Runs in the page: remembers what the current instance put there, and counts takeovers. */
export function rememberOldInstance(): void {
  const ours = Array.from(CSS.highlights).filter(([name]) => name.startsWith('sourcelight-'));
  const sheets = document.adoptedStyleSheets.filter((sheet) => Array.from(sheet.cssRules).some((r) => r.cssText.includes('::highlight(sourcelight-')));
  const memory = { highlights: ours.map(([, h]) => h), host: document.querySelector('sourcelight-host'), sheets, mark: Math.random(), takeovers: 0 };
  (window as unknown as { oldSourcelight: typeof memory }).oldSourcelight = memory;
  // Each new instance announces itself with this event (src/content/lifecycle.ts).
  document.addEventListener('sourcelight:takeover', () => memory.takeovers++);
}

/** Runs in the page: our ranges, and how many of them the old instance registered. */
export function readMarks(): Marks {
  const old = (window as unknown as { oldSourcelight?: { highlights: Highlight[] } }).oldSourcelight;
  const ranges: string[] = [];
  let oldRegistered = 0;
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('sourcelight-') || name === 'sourcelight-focus') continue;
    if (old?.highlights.includes(highlight as Highlight)) oldRegistered++;
    for (const r of highlight as Highlight) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      ranges.push(`${name}: ${range.toString()}`);
    }
  }
  return { ranges: ranges.sort(), oldRegistered };
}

/** Runs in the page: what is there of us, old and new. */
export function leftovers() {
  const old = (window as unknown as { oldSourcelight: { host: Element | null; sheets: CSSStyleSheet[]; mark: number; takeovers: number } }).oldSourcelight;
  const ourSheets = document.adoptedStyleSheets.filter((sheet) => Array.from(sheet.cssRules).some((r) => r.cssText.includes('::highlight(sourcelight-')));
  return {
    hosts: document.querySelectorAll('sourcelight-host').length,
    oldHostConnected: old.host?.isConnected ?? false,
    ourSheets: ourSheets.length,
    oldSheetsAdopted: ourSheets.filter((sheet) => old.sheets.includes(sheet)).length,
    mark: old.mark,
    takeovers: old.takeovers,
  };
}

export interface Live {
  page: ExtPage;
  marks: Marks;
  text: string;
  badge: string;
  mark: number;
  /** The page's own script errors before the update (a saved page's refused ads fail on their own). */
  errors: string[];
}

/** Opens `url` and waits for its marks (the badge is set once a pass has painted). */
export async function openPainted(ext: Ext, url: string): Promise<Live> {
  const page = await ext.newPage(url);
  const tabId = await ext.tabIdOf(page);
  await expect.poll(() => ext.badgeText(tabId), { timeout: 30_000 }).not.toBe('');
  await page.evaluate(rememberOldInstance);
  const { mark } = await page.evaluate(leftovers);
  return {
    page,
    marks: await page.evaluate(readMarks),
    text: await page.evaluate(() => document.body.innerText),
    badge: await ext.badgeText(tabId),
    mark,
    errors: ext.pageErrors(page),
  };
}

/**
 * The page was painted again, with the same ranges and badge, by exactly one new instance, in
 * the same document (not reloaded), with nothing of the old one left and no new error.
 */
export async function expectRepaintedByNewInstance(ext: Ext, live: Live): Promise<void> {
  const { page } = live;
  await expect.poll(() => page.evaluate(readMarks), { timeout: 30_000 }).toEqual({ ranges: live.marks.ranges, oldRegistered: 0 });
  // The new instance's card host comes once the page is idle after its paint (see prepareCardWhenIdle).
  await expect.poll(() => page.evaluate(leftovers)).toEqual({ hosts: 1, oldHostConnected: false, ourSheets: 1, oldSheetsAdopted: 0, mark: live.mark, takeovers: 1 });
  expect(await page.evaluate(() => document.body.innerText)).toBe(live.text);
  expect(ext.pageErrors(page).filter((error) => !live.errors.includes(error))).toEqual([]);
  expect((await contentStats(ext, page)).errors).toEqual([]);
  // The background knows the page again: the same badge.
  const tabId = await ext.tabIdOf(page);
  await expect.poll(() => ext.badgeText(tabId)).toBe(live.badge);
}
