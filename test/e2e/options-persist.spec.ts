/**
 * Settings survive the browser: change them in the options page, close the browser, start
 * it again on the same profile, and find them in place and in effect.
 *
 * The shared harness starts every browser on a fresh profile, so this spec launches its
 * own, with the same flags and preferences, on a profile directory it keeps between runs.
 */
import { test as base, expect, chromium } from '@playwright/test';
import puppeteer from 'puppeteer-core';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs, chromiumPath, wrapChromiumPage } from '../../src/tools/browsers/chromium';
import { FIREFOX_EXTENSION_UUID, firefoxPath, wrapFirefoxPage } from '../../src/tools/browsers/firefox';
import type { ExtPage } from './harness';
import { startFixtureServer, type FixtureServer } from '../../src/tools/fixture-server';
import { repoRoot } from '../../src/tools/paths';
import { OptionsPage } from './options-page';

interface Session {
  extensionBase: string;
  open(url: string): Promise<ExtPage>;
  close(): Promise<void>;
}

async function launchChromiumOn(profile: string, server: FixtureServer): Promise<Session> {
  const dir = resolve(repoRoot, 'dist/chrome');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    // Everything bound for the outside goes to the fixture server, which refuses it.
    args: chromiumArgs({ proxyHostPort: server.hostPort, extensionDir: dir }),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
  return {
    extensionBase: `chrome-extension://${new URL(worker.url()).host}/`,
    open: async (url) => {
      const page = wrapChromiumPage(await context.newPage());
      await page.goto(url);
      return page;
    },
    close: () => context.close(),
  };
}

async function launchFirefoxOn(profile: string, server: FixtureServer): Promise<Session> {
  const dir = resolve(repoRoot, 'dist/firefox');
  const geckoId: string = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
  const [host, port] = server.hostPort.split(':');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': host,
      'network.proxy.http_port': Number(port),
      'network.proxy.ssl': host,
      'network.proxy.ssl_port': Number(port),
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
    },
  });
  // A temporary add-on is gone after a restart, so it is installed again (same id); its
  // storage.sync data stays in the profile (checked: with another profile this test fails).
  await browser.installExtension(dir);
  return {
    extensionBase: `moz-extension://${FIREFOX_EXTENSION_UUID}/`,
    open: async (url) => {
      const page = wrapFirefoxPage(await browser.newPage());
      await page.goto(url);
      return page;
    },
    close: () => browser.close(),
  };
}

const test = base.extend<{ server: FixtureServer; profile: string }>({
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const server = await startFixtureServer();
    await use(server);
    await server.close();
  },
  // eslint-disable-next-line no-empty-pattern
  profile: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'sourcelight-persist-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
});

test('settings survive closing the browser and starting it again on the same profile', async ({ server, profile }, testInfo) => {
  test.setTimeout(90_000);
  const launch = testInfo.project.name === 'firefox' ? launchFirefoxOn : launchChromiumOn;

  const first = await launch(profile, server);
  try {
    const options = await new OptionsPage(await first.open(`${first.extensionBase}options.html`)).ready();
    await options.setChecked('#cat-certainty', false);
    await options.setChecked('#style-both', true);
    await options.addOwnPhrase('speculation', 'initial sketches');
    await options.addSite('blockedSites', '*.example.org');
    await expect.poll(() => options.text('#blockedSites-list')).toContain('*.example.org');
    await expect.poll(() => options.text('#own-speculation-heading + ul')).toContain('initial sketches');
  } finally {
    await first.close();
  }

  const second = await launch(profile, server);
  try {
    const options = await new OptionsPage(await second.open(`${second.extensionBase}options.html`)).ready();
    expect(await options.isChecked('#cat-certainty')).toBe(false);
    expect(await options.isChecked('#style-both')).toBe(true);
    expect(await options.text('#own-speculation-heading + ul')).toContain('initial sketches');
    expect(await options.text('#blockedSites-list')).toContain('*.example.org');
    expect(await options.exists('#repaired-notice')).toBe(false);

    // And in effect: the own phrase is highlighted in the demo article.
    const demo = await second.open(`${server.origin}/pages/seed-demo.html`);
    await demo.waitForFunction(
      () =>
        [...CSS.highlights.values()].some((h) =>
          [...h].some((r) => {
            const range = document.createRange();
            range.setStart(r.startContainer, r.startOffset);
            range.setEnd(r.endContainer, r.endOffset);
            return range.toString() === 'initial sketches';
          }),
        ),
      undefined,
      { timeout: 15_000 },
    );
  } finally {
    await second.close();
  }
});
