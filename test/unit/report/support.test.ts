import { describe, expect, it } from 'vitest';
import { notListed, offScope, pageSupport } from '../../../src/shared/report-support';

describe('pageSupport', () => {
  it.each([
    ['https://www.bbc.com/news/1', 'supported'],
    ['http://127.0.0.1:8080/a.html', 'supported'],
    ['chrome://extensions/', 'browserPage'],
    ['about:blank', 'browserPage'],
    ['about:addons', 'browserPage'],
    ['chrome-extension://abc/popup.html', 'browserPage'],
    ['moz-extension://abc/popup.html', 'browserPage'],
    ['view-source:https://example.com/', 'browserPage'],
    ['edge://settings', 'browserPage'],
    ['https://chromewebstore.google.com/detail/x', 'store'],
    ['https://chrome.google.com/webstore/detail/x', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'store'],
    ['data:text/html,hi', 'otherScheme'],
    ['file:///home/a.html', 'otherScheme'],
    ['not a url', 'browserPage'],
  ])('%s is %s', (url, expected) => {
    expect(pageSupport(url)).toBe(expected);
  });

  it('does not treat other Google pages as the store', () => {
    expect(pageSupport('https://chrome.google.com/other')).toBe('supported');
  });
});

describe('offScope', () => {
  const on = { enabled: true, blockedSites: [] as string[], blockedPages: [] as string[] };
  const url = 'https://news.example.com/world/story?id=1#comments';

  it('is null where the extension runs', () => {
    expect(offScope(on, url)).toBeNull();
  });

  it('names the master switch first', () => {
    expect(offScope({ ...on, enabled: false, blockedSites: ['news.example.com'] }, url)).toBe('all');
  });

  it('finds the site by host or wildcard pattern', () => {
    expect(offScope({ ...on, blockedSites: ['news.example.com'] }, url)).toBe('site');
    expect(offScope({ ...on, blockedSites: ['*.example.com'] }, url)).toBe('site');
    expect(offScope({ ...on, blockedSites: ['other.example.com'] }, url)).toBeNull();
  });

  it('finds the page by its address without query and fragment', () => {
    expect(offScope({ ...on, blockedPages: ['https://news.example.com/world/story'] }, url)).toBe('page');
    expect(offScope({ ...on, blockedPages: ['https://news.example.com/world/story'] }, 'https://news.example.com/world/story?utm_source=x')).toBe('page');
    expect(offScope({ ...on, blockedPages: ['https://news.example.com/world/other'] }, url)).toBeNull();
  });
});

describe('notListed', () => {
  const url = 'https://News.Example.com/world/story?id=1';

  it('names the host to add when only listed sites are analysed and this one is not listed', () => {
    expect(notListed({ runOn: 'listed', allowedSites: [] }, url)).toBe('news.example.com');
    expect(notListed({ runOn: 'listed', allowedSites: ['other.example.org'] }, url)).toBe('news.example.com');
  });

  it('is null where the page runs: a listed site, or another mode', () => {
    expect(notListed({ runOn: 'listed', allowedSites: ['news.example.com'] }, url)).toBeNull();
    expect(notListed({ runOn: 'listed', allowedSites: ['*.example.com'] }, url)).toBeNull();
    expect(notListed({ runOn: 'articles', allowedSites: [] }, url)).toBeNull();
    expect(notListed({ runOn: 'all', allowedSites: [] }, url)).toBeNull();
  });

  it('is null for a page without a host', () => {
    expect(notListed({ runOn: 'listed', allowedSites: [] }, 'file:///tmp/a.html')).toBeNull();
  });
});
