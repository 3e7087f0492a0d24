/**
 * The extension switched off and on again by its switch on chrome://extensions, under a live
 * page: switched off, the old instance (its extension context gone) takes every mark away;
 * switched on, a new one paints the same marks without the page being reloaded. Enabling
 * fires no `onInstalled`; the background injects on its first start after each load of the
 * extension (src/background/reinject.ts).
 *
 * Chromium only (the project config keeps `*.chromium.spec.ts` from Firefox): Firefox's add-on
 * manager cannot be driven from here.
 */
import { test, expect } from './harness';
import { expectRepaintedByNewInstance, leftovers, openPainted, readMarks } from './instances';

test('switched off, the page loses every mark; switched on again, it gets the same marks without a reload', async ({ ext }) => {
  const live = await openPainted(ext, ext.pageUrl('content-live.html'));
  expect(live.marks.ranges.length).toBeGreaterThan(0);
  try {
    await ext.setExtensionEnabled(false);
    // The orphaned instance notices on its periodic check and undoes everything.
    await expect.poll(() => live.page.evaluate(readMarks), { timeout: 15_000 }).toEqual({ ranges: [], oldRegistered: 0 });
    expect(await live.page.evaluate(leftovers)).toMatchObject({ hosts: 0, ourSheets: 0, takeovers: 0 });
    expect(await live.page.evaluate(() => document.body.innerText)).toBe(live.text);
  } finally {
    await ext.setExtensionEnabled(true);
  }

  await expectRepaintedByNewInstance(ext, live);
});
