/**
 * Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi, with or without the
 * built extension installed as a temporary add-on.
 */
import puppeteer, { type Browser, type JSHandle, type Page } from 'puppeteer-core';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pageErrorLog, type ExtPage, type LaunchedBrowser, type PageFunction } from './types';

export const firefoxPath = (): string => process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** Pinned so extension pages have a known address: moz-extension://UUID/popup.html. */
export const FIREFOX_EXTENSION_UUID = '5f1e6c3a-9b7d-4c2e-8a41-0d3b2f6e9c17';

function prefs(proxyHost: string, proxyPort: number): Record<string, unknown> {
  return {
    // Everything not on loopback goes to the fixture server's recording proxy.
    'network.proxy.type': 1,
    'network.proxy.http': proxyHost,
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': proxyHost,
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.allow_hijacking_localhost': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'browser.safebrowsing.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
  };
}

/** Polls until the page shows `url` and has finished loading. */
async function untilLoaded(page: Page, url: string, cause?: unknown): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const there = await page
      .evaluate((want) => location.href === want && document.readyState === 'complete', url)
      .catch(() => false);
    if (there) return;
    if (Date.now() > deadline) throw new Error(`Firefox did not load ${url}`, { cause });
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function goto(page: Page, url: string): Promise<void> {
  if (url.startsWith('moz-extension:')) {
    // Firefox never resolves `page.goto` to moz-extension:// (see RECIPES.md): go, then watch.
    page.goto(url, { timeout: 0 }).catch(() => undefined);
    return untilLoaded(page, url);
  }
  try {
    await page.goto(url, { waitUntil: 'load' });
  } catch (error) {
    // Firefox's BiDi can fail a navigation ("Address rejected") when one of the page's frames
    // is refused, as the proxy refuses every outside host: the page itself may load fine.
    await untilLoaded(page, url, error);
  }
}

/** One of this browser's pages as an ExtPage (its uncaught errors recorded in pageErrorLog). */
export function wrapFirefoxPage(page: Page): ExtPage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const wrapped: ExtPage = {
    goto: (url) => goto(page, url),
    url: async () => page.evaluate(() => location.href),
    evaluate: <R, Arg>(fn: PageFunction<Arg, R>, arg?: Arg) => page.evaluate(fn as never, arg) as Promise<R>,
    evaluateExpression: <R>(expression: string) => page.evaluate(expression) as Promise<R>,
    waitForFunction: async <R, Arg>(fn: PageFunction<Arg, R>, arg?: Arg, options?: { timeout?: number }) => {
      const waitOptions = { timeout: options?.timeout ?? 15_000, polling: 100 };
      const handle = (await page.waitForFunction(fn as never, waitOptions, arg)) as unknown as JSHandle<R>;
      return (await handle.jsonValue()) as R;
    },
    hover: (x, y) => page.mouse.move(x, y),
    mouse: { move: (x, y) => page.mouse.move(x, y), click: (x, y) => page.mouse.click(x, y) },
    keyboard: {
      // Playwright-style chords ("Alt+Shift+N") work here too.
      press: async (key) => {
        const keys = key.split('+');
        const last = keys.pop()!;
        for (const k of keys) await page.keyboard.down(k as never);
        await page.keyboard.press(last as never);
        for (const k of keys.reverse()) await page.keyboard.up(k as never);
      },
      type: (text) => page.keyboard.type(text),
    },
    click: (selector) => page.click(selector),
    bringToFront: () => page.bringToFront(),
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    close: () => page.close(),
  };
  pageErrorLog.set(wrapped, errors);
  return wrapped;
}

async function launch(proxyHostPort: string, extraPrefs: Record<string, unknown> = {}): Promise<Browser> {
  const [host, port] = proxyHostPort.split(':');
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // Without it Firefox refuses WebDriver navigation to moz-extension:// pages.
    args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: { ...prefs(host!, Number(port)), ...extraPrefs },
  });
}

function launched(browser: Browser, extensionBase: string, extensionDir?: string): LaunchedBrowser {
  return {
    kind: 'firefox',
    extensionBase,
    // Installing the temporary add-on again is an update of it (as `runtime.reload()` is: both
    // fire onInstalled with reason 'update'); the pinned UUID keeps its pages' addresses.
    ...(extensionDir ? { reinstallExtension: async () => void (await browser.installExtension(extensionDir)) } : {}),
    newPage: async (url) => {
      const page = wrapFirefoxPage(await browser.newPage());
      if (url) await page.goto(url);
      return page;
    },
    close: () => browser.close(),
  };
}

export async function launchFirefox(proxyHostPort: string, extensionDir: string): Promise<LaunchedBrowser> {
  const manifest = JSON.parse(await readFile(join(extensionDir, 'manifest.json'), 'utf8'));
  const geckoId: string | undefined = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  const browser = await launch(proxyHostPort, {
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
  });
  try {
    const installedId = await browser.installExtension(extensionDir);
    if (installedId !== geckoId) throw new Error(`installed as ${installedId}, expected ${geckoId}`);
    return launched(browser, `moz-extension://${FIREFOX_EXTENSION_UUID}/`, extensionDir);
  } catch (error) {
    await browser.close();
    throw new Error(`The extension did not load in Firefox from ${extensionDir}: ${String(error)}`, { cause: error });
  }
}

/** Firefox without the extension: the reference for "the page is unchanged". */
export async function launchPlainFirefox(proxyHostPort: string): Promise<LaunchedBrowser> {
  return launched(await launch(proxyHostPort), '');
}
