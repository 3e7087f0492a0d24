/**
 * The extension updated (reinstalled over itself, see `ext.reloadExtension`) under live pages:
 * the old instance lets go of each page without a trace, and the new one paints the same
 * marks again without the page being reloaded. In Chromium that takes the background's
 * re-injection (src/background/reinject.ts); Firefox injects into open tabs by itself.
 */
import { createServer } from 'node:net';
import { test, expect, type Ext, type ExtPage } from './harness';
import { contentStats } from './content-stats';

interface Marks {
  /** `name: text` of every range we registered, sorted. */
  ranges: string[];
  /** Registered Highlight objects that the instance before the update registered. */
  oldRegistered: number;
}

/** Runs in the page: remembers what the current instance put there, and counts takeovers. */
function rememberOldInstance(): void {
  const ours = Array.from(CSS.highlights).filter(([name]) => name.startsWith('sourcelight-'));
  const sheets = document.adoptedStyleSheets.filter((sheet) => Array.from(sheet.cssRules).some((r) => r.cssText.includes('::highlight(sourcelight-')));
  const memory = { highlights: ours.map(([, h]) => h), host: document.querySelector('sourcelight-host'), sheets, mark: Math.random(), takeovers: 0 };
  (window as unknown as { oldSourcelight: typeof memory }).oldSourcelight = memory;
  // Each new instance announces itself with this event (src/content/lifecycle.ts).
  document.addEventListener('sourcelight:takeover', () => memory.takeovers++);
}

/** Runs in the page: our ranges, and how many of them the old instance registered. */
function readMarks(): Marks {
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
function leftovers() {
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

/** A 127.0.0.1 port nothing listens on: a tab showing the browser's error page for it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

interface Live {
  page: ExtPage;
  marks: Marks;
  text: string;
  badge: string;
  mark: number;
  /** The page's own script errors before the update (a saved page's refused ads fail on their own). */
  errors: string[];
}

/** Opens `url` and waits for its marks (the badge is set once a pass has painted). */
async function openPainted(ext: Ext, url: string): Promise<Live> {
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

test('updated under open pages: the old instance leaves no trace, the new one paints the same without a page reload', async ({ ext }) => {
  // A tab the background cannot script (an error page): skipped without stopping the others.
  const broken = await ext.newPage();
  const brokenUrl = `http://127.0.0.1:${await closedPort()}/`;
  await broken.evaluate((url) => void (location.href = url), brokenUrl).catch(() => undefined);
  const pages = [await openPainted(ext, ext.pageUrl('content-live.html')), await openPainted(ext, ext.fixtureUrl('bbc-1'))];
  for (const live of pages) expect(live.marks.oldRegistered).toBeGreaterThan(0);

  // The saved page asks for its ads as it loads (refused): what counts is what comes after.
  const requestsBefore = ext.outsideRequests().length;
  await ext.reloadExtension();

  for (const live of pages) {
    const { page } = live;
    // Painted again, with the same ranges, by the new instance alone.
    await expect.poll(() => page.evaluate(readMarks), { timeout: 30_000 }).toEqual({ ranges: live.marks.ranges, oldRegistered: 0 });
    expect(await page.evaluate(leftovers)).toEqual({
      hosts: 1,
      oldHostConnected: false,
      ourSheets: 1,
      oldSheetsAdopted: 0,
      // The same document: it was not reloaded.
      mark: live.mark,
      // Exactly one new instance claimed the page.
      takeovers: 1,
    });
    expect(await page.evaluate(() => document.body.innerText)).toBe(live.text);
    // No error of a kind the page did not have already.
    expect(ext.pageErrors(page).filter((error) => !live.errors.includes(error))).toEqual([]);
    expect((await contentStats(ext, page)).errors).toEqual([]);
    // The new background knows the page again: the same badge.
    const tabId = await ext.tabIdOf(page);
    await expect.poll(() => ext.badgeText(tabId)).toBe(live.badge);
  }
  expect(ext.outsideRequests().slice(requestsBefore)).toEqual([]);

  // A page opened after the update gets the new instance the ordinary way, once.
  const fresh = await ext.newPage(ext.pageUrl('content-live.html'));
  await expect.poll(async () => (await fresh.evaluate(readMarks)).ranges, { timeout: 30_000 }).toEqual(pages[0]!.marks.ranges);
  expect(await fresh.evaluate(() => document.querySelectorAll('sourcelight-host').length)).toBe(1);
  expect((await contentStats(ext, fresh)).errors).toEqual([]);
});
