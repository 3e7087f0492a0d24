/**
 * `npm start` (after the build): serves the demo news page on 127.0.0.1 and opens Chromium
 * with dist/chrome loaded on it. With no display ($DISPLAY and $WAYLAND_DISPLAY unset) it runs
 * headless instead, takes a screenshot of the highlighted page with a hover card showing, and
 * prints where it saved it.
 */
import { resolve } from 'node:path';
import { startFixtureServer } from './fixture-server';
import { distDir } from './paths';
import { chromiumPath, launchChromium } from './browsers/chromium';
import { hasHighlights, pointAtHighlight } from './browsers/page-functions';

const extensionDir = resolve(distDir, 'chrome');
const screenshotPath = resolve(distDir, 'sourcelight-demo.png');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

async function main(): Promise<number> {
  const server = await startFixtureServer();
  const demoUrl = `${server.origin}/pages/seed-demo.html`;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  try {
    browser = await launchChromium({ proxyHostPort: null, extensionDir, headless: !hasDisplay });
  } catch (error) {
    await server.close();
    console.error(`Could not start Chromium with the extension (${chromiumPath()}): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return 1;
  }
  try {
    const page = await browser.newPage(demoUrl);
    if (hasDisplay) {
      console.log(`Sourcelight is loaded in Chromium on the demo article: ${demoUrl}`);
      console.log('Close the browser window to stop.');
      await browser.closed;
      return 0;
    }
    try {
      await page.waitForFunction(hasHighlights, 1, { timeout: 30_000 });
    } catch (error) {
      console.error(`The extension loaded, but highlighted nothing on the demo page: ${String(error)}`);
      return 1;
    }
    // Show what hovering does: the card for the first hedge of the article.
    const point = await page.evaluate(pointAtHighlight, 'allegedly');
    if (point) {
      await page.hover(point.x, point.y);
      await new Promise((r) => setTimeout(r, 500));
    }
    await page.screenshot(screenshotPath);
    console.log(`No display: took a screenshot of the highlighted demo page: ${screenshotPath}`);
    return 0;
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
}

process.exitCode = await main();
