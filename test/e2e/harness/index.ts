/**
 * End-to-end harness: one spec, written once, runs in Chromium and in Firefox with the built
 * extension (dist/chrome, dist/firefox; run `npm run build` first).
 *
 *   import { test, expect } from './harness';
 *
 *   test('marks hedges', async ({ ext }) => {
 *     const page = await ext.newPage(ext.seedDemoUrl);
 *     await ext.waitForHighlights(page);
 *     const ranges = await ext.highlights(page);          // HighlightRange[]
 *     expect(ranges.some((r) => r.text === 'allegedly')).toBe(true);
 *   });
 *
 * `ext` (a fresh one per test; the browser itself lives as long as the worker):
 *   ext.kind                    'chromium' | 'firefox' (the Playwright project)
 *   ext.extensionBase           'chrome-extension://ID/' or 'moz-extension://UUID/'
 *   ext.seedDemoUrl             the demo news page (test/pages/seed-demo.html + seed article)
 *   ext.pageUrl('x.html')       test/pages/x.html
 *   ext.fixtureUrl('bbc-1')     ../shared/fixtures/news/bbc-1/source.html
 *   ext.newPage(url?)           an ExtPage (see src/tools/browsers/types.ts): goto, url, evaluate(fn, arg),
 *                               waitForFunction(fn, arg, {timeout}), hover(x, y), mouse.move/click,
 *                               keyboard.press/type, click(selector), bringToFront, screenshot, close
 *   ext.openExtensionPage(p)    'popup.html?tabId=N', 'options.html'... as a tab
 *   ext.tabIdOf(page)           the tab id the extension knows `page` by
 *   ext.inExtension((api, arg) => …, arg)   runs in an extension page; `api` is its browser/chrome
 *                               object (runtime, storage, action, tabs); fn travels as source, so
 *                               it may use only its parameters
 *   ext.badgeText(tabId)        the toolbar badge text for that tab
 *   ext.storageSync / ext.setStorageSync(items)   read / write storage.sync (the settings)
 *   ext.highlights(page)        every range registered in CSS.highlights, with its text and the
 *                               elements around it (tag#id.class, innermost first)
 *   ext.waitForHighlights(page, min = 1)   until at least `min` ranges are registered
 *   ext.hoverHighlight(page, text)         scrolls to the first range with that text, points at it
 *   ext.outsideRequests()       requests for any host but 127.0.0.1 since the test began
 *                               (all refused), without the browsers' own housekeeping hosts
 *   ext.pageErrors(page)        uncaught errors of the page's own scripts since it opened
 *   ext.plainPage(url)          the same URL in the same browser kind WITHOUT the extension
 *   ext.reloadExtension()       the extension updated under the open pages: installed again from
 *                               dist/ over itself (Chromium: CDP Extensions.loadUnpacked; Firefox:
 *                               the temporary add-on installed again; both give onInstalled
 *                               reason 'update'; extension pages close). Resolves once the new
 *                               instance runs, with a new control page for ext.inExtension; pages
 *                               are not reloaded. Later tests of the worker see the new instance.
 *   ext.setExtensionEnabled(on) the extension switched off or on again by its switch on the
 *                               browser's extensions page (Chromium only); switching on resolves
 *                               once it runs again, with a new control page. Pages are not reloaded.
 *
 * Each test starts with storage.sync cleared (default settings) and closes the pages it
 * opened. Launching fails, and with it every test of that browser, if the extension does not
 * load.
 */
import { test as base, expect } from '@playwright/test';
import { resolve } from 'node:path';
import { startFixtureServer, type FixtureServer, type OutsideRequest } from '../../../src/tools/fixture-server';
import { distDir } from '../../../src/tools/paths';
import { launchChromium, launchPlainChromium } from '../../../src/tools/browsers/chromium';
import { launchFirefox, launchPlainFirefox } from '../../../src/tools/browsers/firefox';
import { hasHighlights, pointAtHighlight, readHighlights } from '../../../src/tools/browsers/page-functions';
import { pageErrorLog, type BrowserKind, type ExtensionApi, type ExtPage, type HighlightRange, type LaunchedBrowser } from '../../../src/tools/browsers/types';

export type { BrowserKind, ExtensionApi, ExtPage, HighlightRange } from '../../../src/tools/browsers/types';
export { expect };

/**
 * Hosts the browsers themselves call (updates, remote settings, sign-in), never the extension.
 * They are refused like everything else, but not reported as the extension's doing.
 */
const BROWSER_HOUSEKEEPING = new Set([
  'accounts.google.com',
  'update.googleapis.com',
  'clients2.google.com',
  'firefox.settings.services.mozilla.com',
  'content-signature-2.cdn.mozilla.net',
  'firefox-settings-attachments.cdn.mozilla.net',
  'detectportal.firefox.com',
  'dummy.test',
]);

const hostOf = (request: OutsideRequest): string =>
  request.method === 'CONNECT' ? request.url.replace(/:\d+$/, '') : new URL(request.url).hostname;

/** Resolves once `log` has not grown for `quietMs` (or after `maxMs`). */
async function untilQuiet(log: unknown[], quietMs: number, maxMs: number): Promise<void> {
  const deadline = Date.now() + maxMs;
  let seen = -1;
  while (seen !== log.length && Date.now() < deadline) {
    seen = log.length;
    await new Promise((r) => setTimeout(r, quietMs));
  }
}

export interface Ext {
  kind: BrowserKind;
  extensionBase: string;
  seedDemoUrl: string;
  pageUrl(name: string): string;
  fixtureUrl(name: string): string;
  newPage(url?: string): Promise<ExtPage>;
  openExtensionPage(path: string): Promise<ExtPage>;
  tabIdOf(page: ExtPage): Promise<number>;
  inExtension<R, Arg = undefined>(fn: (api: ExtensionApi, arg: Arg) => R | Promise<R>, arg?: Arg): Promise<R>;
  badgeText(tabId: number): Promise<string>;
  storageSync(): Promise<Record<string, unknown>>;
  setStorageSync(items: Record<string, unknown>): Promise<void>;
  highlights(page: ExtPage): Promise<HighlightRange[]>;
  waitForHighlights(page: ExtPage, min?: number): Promise<void>;
  hoverHighlight(page: ExtPage, text: string): Promise<{ x: number; y: number }>;
  outsideRequests(): OutsideRequest[];
  pageErrors(page: ExtPage): string[];
  plainPage(url: string): Promise<ExtPage>;
  reloadExtension(): Promise<void>;
  setExtensionEnabled(enabled: boolean): Promise<void>;
}

interface WorkerFixtures {
  browserKind: BrowserKind;
  server: FixtureServer;
  extBrowser: LaunchedBrowser;
  /**
   * An extension page kept open for API calls: manifest.json runs none of our code. A holder,
   * because a reload of the extension closes it and `ext.reloadExtension` opens another.
   */
  control: { page: ExtPage };
  plainBrowser: { get(): Promise<LaunchedBrowser> };
}

export const test = base.extend<{ ext: Ext }, WorkerFixtures>({
  browserKind: ['chromium', { scope: 'worker', option: true }],

  server: [
    // Playwright reads a fixture's dependencies from this pattern; the server has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  extBrowser: [
    async ({ browserKind, server }, use) => {
      const browser =
        browserKind === 'chromium'
          ? await launchChromium({ proxyHostPort: server.hostPort, extensionDir: resolve(distDir, 'chrome'), reinstallable: true })
          : await launchFirefox(server.hostPort, resolve(distDir, 'firefox'));
      await use(browser);
      await browser.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],

  control: [
    async ({ extBrowser }, use) => {
      await use({ page: await extBrowser.newPage(`${extBrowser.extensionBase}manifest.json`) });
    },
    { scope: 'worker' },
  ],

  plainBrowser: [
    async ({ browserKind }, use) => {
      // Its own refusing proxy: what the plain browser's pages request never mixes with the
      // log the extension's browser is judged by.
      let launched: Promise<{ browser: LaunchedBrowser; proxy: FixtureServer }> | undefined;
      const launch = async () => {
        const proxy = await startFixtureServer();
        const browser = browserKind === 'chromium' ? await launchPlainChromium(proxy.hostPort) : await launchPlainFirefox(proxy.hostPort);
        return { browser, proxy };
      };
      await use({ get: async () => (await (launched ??= launch())).browser });
      if (launched) {
        const { browser, proxy } = await launched;
        await browser.close();
        await proxy.close();
      }
    },
    { scope: 'worker', timeout: 60_000 },
  ],

  ext: async ({ browserKind, server, extBrowser, control, plainBrowser }, use) => {
    const opened: ExtPage[] = [];
    const track = (page: ExtPage) => (opened.push(page), page);
    // The function travels as source; the page hands it its own API object.
    const inExtension = <R, Arg>(fn: (api: ExtensionApi, arg: Arg) => R | Promise<R>, arg?: Arg) =>
      control.page.evaluateExpression<R>(
        `(${fn.toString()})(globalThis.browser ?? globalThis.chrome, ${JSON.stringify(arg ?? null)})`,
      );

    await inExtension((api) => api.storage.sync.clear());
    server.outsideRequests.length = 0;

    const ext: Ext = {
      kind: browserKind,
      extensionBase: extBrowser.extensionBase,
      seedDemoUrl: `${server.origin}/pages/seed-demo.html`,
      pageUrl: (name) => `${server.origin}/pages/${name}`,
      fixtureUrl: (name) => `${server.origin}/news/${name}/`,
      newPage: async (url) => track(await extBrowser.newPage(url)),
      openExtensionPage: async (path) => track(await extBrowser.newPage(extBrowser.extensionBase + path)),
      tabIdOf: async (page) => {
        // Without the `tabs` permission tabs hide their URLs: ask for the active tab instead.
        await page.bringToFront();
        const id = await inExtension(async (api) => {
          const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
          return tab?.id ?? -1;
        });
        if (id < 0) throw new Error('no active tab');
        return id;
      },
      inExtension,
      badgeText: (tabId) => inExtension((api, id) => api.action.getBadgeText({ tabId: id }), tabId),
      storageSync: () => inExtension((api) => api.storage.sync.get(null)),
      setStorageSync: (items) => inExtension((api, it) => api.storage.sync.set(it), items),
      highlights: (page) => page.evaluate(readHighlights),
      waitForHighlights: async (page, min = 1) => {
        await page.waitForFunction(hasHighlights, min, { timeout: 30_000 });
      },
      hoverHighlight: async (page, text) => {
        const point = await page.evaluate(pointAtHighlight, text);
        if (!point) throw new Error(`no highlighted range with the text "${text}"`);
        await page.hover(point.x, point.y);
        return point;
      },
      outsideRequests: () => server.outsideRequests.filter((r) => !BROWSER_HOUSEKEEPING.has(hostOf(r))),
      pageErrors: (page) => [...(pageErrorLog.get(page) ?? [])],
      plainPage: async (url) => track(await (await plainBrowser.get()).newPage(url)),
      reloadExtension: async () => {
        if (!extBrowser.reinstallExtension) throw new Error(`${browserKind}: this launcher cannot reload the extension`);
        await extBrowser.reinstallExtension();
        // The old control page went with the old instance (or is left over): use a new one.
        await control.page.close().catch(() => undefined);
        control.page = await extBrowser.newPage(`${extBrowser.extensionBase}manifest.json`);
      },
      setExtensionEnabled: async (enabled) => {
        if (!extBrowser.setExtensionEnabled) throw new Error(`${browserKind}: this launcher cannot switch the extension off and on`);
        await extBrowser.setExtensionEnabled(enabled);
        // Switching off closes the extension's pages, the control page among them.
        if (enabled) control.page = await extBrowser.newPage(`${extBrowser.extensionBase}manifest.json`);
      },
    };
    await use(ext);
    await Promise.all(opened.map((page) => page.close().catch(() => undefined)));
    // A page that talked to the outside may still send (unload beacons, keepalive fetches):
    // let that settle here, so the next test starts with a log of its own.
    if (server.outsideRequests.length > 0) await untilQuiet(server.outsideRequests, 500, 3_000);
  },
});
