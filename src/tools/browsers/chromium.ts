/**
 * Debian's Chromium driven by Playwright, with or without the built extension: one path and
 * one flag set for the tests, the tools (npm start, screenshots) and the benchmarks.
 */
import { chromium, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pageErrorLog, type ExtPage, type LaunchedBrowser, type PageFunction } from './types';

export const chromiumPath = (): string => process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export interface ChromiumArgsOptions {
  /** host:port of the refusing fixture proxy; null lets the browser reach the network (npm start). */
  proxyHostPort: string | null;
  /** The unpacked extension to load, or null for a plain browser. */
  extensionDir: string | null;
}

/** Quiet and deterministic (headless as root needs these here); with a proxy, it catches everything bound for the outside. */
export function chromiumArgs({ proxyHostPort, extensionDir }: ChromiumArgsOptions): string[] {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  // Loopback bypasses the proxy by default; the bypass list says so explicitly.
  if (proxyHostPort) args.push(`--proxy-server=http://${proxyHostPort}`, '--proxy-bypass-list=127.0.0.1;localhost');
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  return args;
}

export interface ChromiumOptions {
  /** host:port of the recording proxy; null lets the browser reach the network (npm start). */
  proxyHostPort: string | null;
  /** The unpacked extension to load, or null for a plain browser. */
  extensionDir: string | null;
  headless?: boolean;
  /**
   * Let the harness reinstall the extension through CDP (`Extensions.loadUnpacked`, which needs
   * --enable-unsafe-extension-debugging). `runtime.reload()` is no substitute here: in headless
   * Chromium 156 it leaves a --load-extension extension disabled, never loaded again.
   */
  reinstallable?: boolean;
}

/** One of this browser's pages as an ExtPage (its uncaught errors recorded in pageErrorLog). */
export function wrapChromiumPage(page: Page): ExtPage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const wrapped: ExtPage = {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    url: async () => page.url(),
    evaluate: <R, Arg>(fn: PageFunction<Arg, R>, arg?: Arg) => page.evaluate(fn as never, arg) as Promise<R>,
    evaluateExpression: <R>(expression: string) => page.evaluate(expression) as Promise<R>,
    waitForFunction: async <R, Arg>(fn: PageFunction<Arg, R>, arg?: Arg, options?: { timeout?: number }) => {
      const handle = await page.waitForFunction(fn as never, arg, { timeout: options?.timeout ?? 15_000, polling: 100 });
      return (await handle.jsonValue()) as R;
    },
    hover: (x, y) => page.mouse.move(x, y),
    mouse: { move: (x, y) => page.mouse.move(x, y), click: (x, y) => page.mouse.click(x, y) },
    keyboard: { press: (key) => page.keyboard.press(key), type: (text) => page.keyboard.type(text) },
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

async function launch({ proxyHostPort, extensionDir, headless = true, reinstallable = false }: ChromiumOptions): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'sourcelight-chromium-'));
  // No preloading: Chromium would otherwise preconnect to hosts an earlier page of the same
  // origin (127.0.0.1) used, and those requests would land in a later test's log.
  await mkdir(join(userDataDir, 'Default'));
  await writeFile(join(userDataDir, 'Default', 'Preferences'), JSON.stringify({ net: { network_prediction_options: 2 } }));
  const args = chromiumArgs({ proxyHostPort, extensionDir });
  if (reinstallable) args.push('--enable-unsafe-extension-debugging');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless,
    args,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens pages; the first reuses the blank tab a persistent context starts with (closing it
 * instead would leave a headed browser with no window, and it would quit).
 */
function pageOpener(context: BrowserContext): LaunchedBrowser['newPage'] {
  let blank: Page | undefined = context.pages()[0];
  return async (url) => {
    const page = wrapChromiumPage(blank ?? (await context.newPage()));
    blank = undefined;
    if (url) await page.goto(url);
    return page;
  };
}

export interface LaunchedChromium extends LaunchedBrowser {
  /** Resolves when the user closes the browser (for a headed `npm start`). */
  closed: Promise<void>;
}

export async function launchChromium(options: ChromiumOptions & { extensionDir: string }): Promise<LaunchedChromium> {
  const { context, close } = await launch(options);
  const closed = new Promise<void>((done) => context.once('close', () => done()));
  try {
    // The extension's service worker is its proof of life.
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    const extensionBase = `chrome-extension://${new URL(worker.url()).host}/`;
    const reinstallExtension = async () => {
      // The same directory gives the same id: Chromium treats it as an update of the installed one.
      const started = context.waitForEvent('serviceworker', {
        predicate: (w) => w.url().startsWith(extensionBase),
        timeout: 20_000,
      });
      const cdp = await context.browser()!.newBrowserCDPSession();
      try {
        await cdp.send('Extensions.loadUnpacked' as never, { path: options.extensionDir } as never);
      } finally {
        await cdp.detach();
      }
      await started;
    };
    const setExtensionEnabled = async (enabled: boolean) => {
      const page = await context.newPage();
      try {
        await page.goto('chrome://extensions');
        // Playwright's CSS locators pierce the page's open shadow roots.
        const toggle = page.locator(`extensions-item#${new URL(extensionBase).host} #enableToggle`);
        if ((await isChecked(toggle)) === enabled) return;
        const started = enabled
          ? context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(extensionBase), timeout: 20_000 })
          : null;
        await toggle.click();
        await expectChecked(toggle, enabled);
        await started;
      } finally {
        await page.close();
      }
    };
    return {
      kind: 'chromium',
      closed,
      extensionBase,
      newPage: pageOpener(context),
      ...(options.reinstallable ? { reinstallExtension } : {}),
      setExtensionEnabled,
      close,
    };
  } catch (error) {
    await close();
    throw new Error(`The extension did not load in Chromium from ${options.extensionDir}: ${String(error)}`, { cause: error });
  }
}

/** The state of a switch (a `cr-toggle`) on a browser page. */
const isChecked = (toggle: Locator): Promise<boolean> => toggle.evaluate((el) => (el as HTMLElement & { checked: boolean }).checked);

/** Waits until the switch shows `checked` (it follows the click asynchronously). */
async function expectChecked(toggle: Locator, checked: boolean): Promise<void> {
  for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
    if ((await isChecked(toggle)) === checked) return;
  }
  throw new Error(`the extension's switch did not turn ${checked ? 'on' : 'off'}`);
}

/** Chromium without the extension: the reference for "the page is unchanged". */
export async function launchPlainChromium(proxyHostPort: string): Promise<LaunchedBrowser> {
  const { context, close } = await launch({ proxyHostPort, extensionDir: null });
  return { kind: 'chromium', extensionBase: '', newPage: pageOpener(context), close };
}
