/**
 * The extension updated (reinstalled over itself, see `ext.reloadExtension`) under live pages:
 * the old instance lets go of each page without a trace, and the new one paints the same
 * marks again without the page being reloaded. In Chromium that takes the background's
 * re-injection (src/background/reinject.ts); Firefox injects into open tabs by itself.
 */
import { createServer } from 'node:net';
import { test, expect } from './harness';
import { expectRepaintedByNewInstance, openPainted, readMarks } from './instances';
import { contentStats } from './content-stats';

/** A 127.0.0.1 port nothing listens on: a tab showing the browser's error page for it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
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

  for (const live of pages) await expectRepaintedByNewInstance(ext, live);
  expect(ext.outsideRequests().slice(requestsBefore)).toEqual([]);

  // A page opened after the update gets the new instance the ordinary way, once.
  const fresh = await ext.newPage(ext.pageUrl('content-live.html'));
  await expect.poll(async () => (await fresh.evaluate(readMarks)).ranges, { timeout: 30_000 }).toEqual(pages[0]!.marks.ranges);
  await expect.poll(() => fresh.evaluate(() => document.querySelectorAll('sourcelight-host').length)).toBe(1);
  expect((await contentStats(ext, fresh)).errors).toEqual([]);
});
