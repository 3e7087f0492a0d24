/**
 * `npm run screenshots` (after the build): the README's pictures, taken from the real
 * extension on the demo article, never drawn by hand. Writes test/screenshots/:
 *   highlighted-page.png   the demo article with its highlights and a hover card
 *   popup-light.png        the popup's report for that page, light theme
 *   popup-dark.png         the same, dark theme
 *   popup-findings.png     the report scrolled to its list of warnings, opened
 * Chromium headless, the fixture server as proxy: nothing leaves the machine.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { startFixtureServer } from './fixture-server';
import { distDir, repoRoot } from './paths';
import { chromiumArgs, chromiumPath } from './browsers/chromium';
import { hasHighlights, pointAtHighlight } from './browsers/page-functions';

const outDir = resolve(repoRoot, 'test/screenshots');
const extensionDir = resolve(distDir, 'chrome');
/** Chrome's popups are at most 800x600; ours is 420 wide. A little taller shows more of the report. */
const POPUP_VIEWPORT = { width: 420, height: 760 };

async function tabIdOf(context: BrowserContext, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // Runs in the service worker, where `chrome` is the extension API.
  return worker.evaluate(`chrome.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => tab?.id ?? -1)`);
}

async function openPopup(context: BrowserContext, base: string, tabId: number, colorScheme: 'light' | 'dark'): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize(POPUP_VIEWPORT);
  await popup.emulateMedia({ colorScheme });
  await popup.goto(`${base}popup.html?tabId=${tabId}`);
  await popup.waitForFunction(() => document.documentElement.dataset.state === 'report', undefined, { timeout: 15_000 });
  return popup;
}

async function main(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const server = await startFixtureServer();
  const userDataDir = await mkdtemp(join(tmpdir(), 'sourcelight-screenshots-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: chromiumArgs({ proxyHostPort: server.hostPort, extensionDir }),
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
  });
  const written: string[] = [];
  const shot = async (page: Page, name: string) => {
    const path = resolve(outDir, name);
    await page.screenshot({ path });
    written.push(relative(repoRoot, path));
  };
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
    const base = `chrome-extension://${new URL(worker.url()).host}/`;

    const article = await context.newPage();
    await article.goto(`${server.origin}/pages/seed-demo.html`);
    await article.waitForFunction(hasHighlights, 1, { timeout: 30_000 });
    // Scroll the article's first hedge into view and point at it, so the card shows.
    const point = await article.evaluate(pointAtHighlight, 'allegedly');
    if (!point) throw new Error('the demo page has no highlighted "allegedly"');
    await article.mouse.move(point.x, point.y);
    await article.waitForTimeout(600);
    await shot(article, 'highlighted-page.png');

    const tabId = await tabIdOf(context, article);
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await openPopup(context, base, tabId, scheme);
      await shot(popup, `popup-${scheme}.png`);
      if (scheme === 'light') {
        // "Every warning" is closed at first: open it as a reader would.
        await popup.click('#findings > summary');
        await popup.waitForSelector('#findings button.finding');
        await popup.evaluate(() => document.querySelector('#findings')?.scrollIntoView({ block: 'start' }));
        await popup.mouse.move(0, 0); // no hover left on a finding from the click
        await shot(popup, 'popup-findings.png');
      }
      await popup.close();
    }
    console.log(`Screenshots written:\n${written.map((p) => `  ${p}`).join('\n')}`);
  } finally {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
    await server.close();
  }
}

await main();
