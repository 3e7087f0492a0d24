/** The harness itself: both browsers load the extension and the fixture server answers. */
import { test, expect } from './harness';

test('the built extension is loaded and its pages can use the extension API', async ({ ext }) => {
  const manifest = await ext.inExtension((api) => api.runtime.getManifest());
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.short_name).toBe('Sourcelight');
  expect(ext.extensionBase).toMatch(ext.kind === 'chromium' ? /^chrome-extension:\/\/[a-p]{32}\/$/ : /^moz-extension:\/\//);
});

test('serves the seed demo with the article filled in, escaped', async ({ ext }) => {
  const page = await ext.newPage(ext.seedDemoUrl);
  const article = await page.evaluate(() => ({
    headline: document.querySelector('#headline')?.textContent,
    paragraphs: document.querySelectorAll('#article-body > p').length,
    first: document.querySelector('#article-body > p')?.textContent,
  }));
  expect(article.headline).toBe('Russia and North Korea Collaborate on Monument Honoring Soldiers in Ukraine Conflict');
  expect(article.paragraphs).toBeGreaterThan(15);
  expect(article.first).toMatch(/^A monument commemorating North Korean soldiers who allegedly participated/);
});

test('tells one tab from another by the id the extension uses', async ({ ext }) => {
  const first = await ext.newPage(ext.pageUrl('seed-demo.html'));
  const second = await ext.newPage(ext.seedDemoUrl);
  const [a, b] = [await ext.tabIdOf(first), await ext.tabIdOf(second)];
  expect(a).not.toBe(b);
  expect(await ext.tabIdOf(first)).toBe(a);
});

test('opens extension pages and records requests bound for the outside', async ({ ext }) => {
  const options = await ext.openExtensionPage('options.html');
  expect(await options.url()).toBe(`${ext.extensionBase}options.html`);
  const page = await ext.newPage(ext.seedDemoUrl);
  await page.evaluate(() => fetch('http://example.invalid/probe').catch(() => 'refused'));
  expect(ext.outsideRequests().map((r) => r.url)).toContain('http://example.invalid/probe');
});

test("records uncaught errors of the page's own scripts", async ({ ext }) => {
  const page = await ext.newPage(ext.seedDemoUrl);
  expect(ext.pageErrors(page)).toEqual([]);
  await page.evaluate(() => void setTimeout(() => { throw new Error('page script broke'); }));
  await expect.poll(() => ext.pageErrors(page).join('\n')).toContain('page script broke');
});
