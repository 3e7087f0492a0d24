/**
 * The popup's view of a tab (src/popup/target.ts) over the fake storage: which state it
 * shows, and what its "off for …" and "run on …" buttons store. The tab and the content
 * script are stubbed here; the settings module is the real one.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetStorage, sync } from './fake-browser';
import { defaultSettings, loadSettings, saveSettings, type Settings } from '../../../src/shared/settings';

/** What the stubbed tab is: its URL, whether it is private, what its content script answers. */
const tab = { url: 'https://news.example.com/world/story?session=s3cr3t#top', incognito: false, report: null as unknown };

vi.mock('../../../src/shared/browser', async () => {
  const { default: fake } = (await import('./fake-browser')).fakeBrowserModule();
  return {
    default: {
      ...fake,
      tabs: {
        get: async (id: number) => ({ id, url: tab.url, incognito: tab.incognito }),
        sendMessage: async () => tab.report,
      },
      runtime: {
        sendMessage: async () => null,
        getManifest: () => ({ content_scripts: [{ matches: ['http://*/*', 'https://*/*'] }] }),
      },
      extension: { isAllowedFileSchemeAccess: async () => false },
    },
  };
});

const { loadFor, runOnSite, turnBackOn, turnOff } = await import('../../../src/popup/target');

const target = { tabId: 7, isToolbarPopup: true };
const stored = async (): Promise<Settings> => (await loadSettings()).settings;

beforeEach(() => {
  resetStorage();
  tab.url = 'https://news.example.com/world/story?session=s3cr3t#top';
  tab.incognito = false;
  tab.report = null;
});

describe('"only the sites listed" on a site that is not listed', () => {
  it('is its own state naming the host, not "no article"', async () => {
    await saveSettings({ runOn: 'listed', allowedSites: ['other.example.org'] });
    expect(await loadFor(target)).toMatchObject({ kind: 'notListed', host: 'news.example.com', incognito: false });
  });

  it('is not shown where the site is listed, nor in the other modes', async () => {
    await saveSettings({ runOn: 'listed', allowedSites: ['*.example.com'] });
    expect((await loadFor(target)).kind).toBe('noArticle');
    await saveSettings({ runOn: 'articles', allowedSites: [] });
    expect((await loadFor(target)).kind).toBe('noArticle');
  });

  it('says "off" first when the site is also turned off', async () => {
    await saveSettings({ runOn: 'listed', blockedSites: ['news.example.com'] });
    expect(await loadFor(target)).toMatchObject({ kind: 'off', scope: 'site' });
  });

  it('"Run on this site" adds the host to the list, once', async () => {
    await saveSettings({ runOn: 'listed', allowedSites: ['other.example.org'] });
    const after = await runOnSite(await stored(), tab.url, false);
    expect(after.allowedSites).toEqual(['other.example.org', 'news.example.com']);
    expect((await stored()).allowedSites).toEqual(['other.example.org', 'news.example.com']);
    const writes = sync.writes;
    await runOnSite(await stored(), tab.url, false);
    expect(sync.writes).toBe(writes);
    expect((await loadFor(target)).kind).toBe('noArticle'); // listed now: the page decides
  });
});

describe('"off for this page"', () => {
  it('stores the address without its query and fragment, and matches the page with any query', async () => {
    const after = await turnOff(defaultSettings(), tab.url, 'page', false);
    expect(after.blockedPages).toEqual(['https://news.example.com/world/story']);
    expect(JSON.stringify([...sync.data])).not.toContain('s3cr3t');
    tab.url = 'https://news.example.com/world/story?utm_source=mail';
    expect(await loadFor(target)).toMatchObject({ kind: 'off', scope: 'page' });
    // And "turn back on" finds the entry from the page with another query.
    const on = await turnBackOn(await stored(), tab.url);
    expect(on.blockedPages).toEqual([]);
  });
});

describe('in a private window', () => {
  beforeEach(() => {
    tab.incognito = true;
  });

  it('tells the popup, with the report', async () => {
    tab.report = { summary: {} };
    expect(await loadFor(target)).toMatchObject({ kind: 'report', incognito: true });
  });

  it('stores no page or site entry in synced storage', async () => {
    const before = sync.writes;
    for (const scope of ['page', 'site'] as const) {
      expect(await turnOff(defaultSettings(), tab.url, scope, true)).toEqual(defaultSettings());
    }
    await saveSettings({ runOn: 'listed' });
    const listed = await stored();
    const writes = sync.writes;
    expect((await runOnSite(listed, tab.url, true)).allowedSites).toEqual([]);
    expect(sync.writes).toBe(writes);
    expect(writes).toBe(before + 1); // only the runOn change made above
    expect(JSON.stringify([...sync.data])).not.toContain('news.example.com');
  });

  it('still shows that the site is not listed, so the popup can explain', async () => {
    await saveSettings({ runOn: 'listed' });
    expect(await loadFor(target)).toMatchObject({ kind: 'notListed', host: 'news.example.com', incognito: true });
  });
});
