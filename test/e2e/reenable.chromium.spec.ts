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
import { leftovers, openPainted, readMarks } from './instances';
import { contentStats } from './content-stats';

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

  await expect.poll(() => live.page.evaluate(readMarks), { timeout: 30_000 }).toEqual({ ranges: live.marks.ranges, oldRegistered: 0 });
  expect(await live.page.evaluate(leftovers)).toEqual({
    hosts: 1,
    oldHostConnected: false,
    ourSheets: 1,
    oldSheetsAdopted: 0,
    mark: live.mark,
    takeovers: 1,
  });
  expect(await live.page.evaluate(() => document.body.innerText)).toBe(live.text);
  expect(ext.pageErrors(live.page).filter((error) => !live.errors.includes(error))).toEqual([]);
  expect((await contentStats(ext, live.page)).errors).toEqual([]);
  const tabId = await ext.tabIdOf(live.page);
  await expect.poll(() => ext.badgeText(tabId)).toBe(live.badge);
});
