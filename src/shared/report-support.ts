/**
 * Whether the extension can run on a page at all, from its URL. Browsers keep extensions
 * out of their own pages and their extension stores, and Sourcelight runs on web pages only
 * (saved files go through the command line). The popup says so instead of showing an empty
 * report. Pure.
 */
import type { Settings } from './settings';
import { matchesSite, pageKeyFor, sitePatternFor } from './site-patterns';

export type PageSupport =
  | 'supported'
  /** chrome://, about:, moz-extension://, view-source:, the new-tab page … */
  | 'browserPage'
  /** The Chrome Web Store and addons.mozilla.org: no extension may touch them. */
  | 'store'
  /** Not an http(s) page and not one of the above (file:, data:, blob:, ftp:). */
  | 'otherScheme';

const STORE_HOSTS = ['chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

export function pageSupport(url: string): PageSupport {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'browserPage';
  }
  switch (parsed.protocol) {
    case 'http:':
    case 'https:': {
      const host = parsed.hostname.toLowerCase();
      const oldChromeStore = host === 'chrome.google.com' && parsed.pathname.startsWith('/webstore');
      return STORE_HOSTS.includes(host) || oldChromeStore ? 'store' : 'supported';
    }
    case 'file:':
    case 'data:':
    case 'blob:':
    case 'ftp:':
      return 'otherScheme';
    default:
      return 'browserPage';
  }
}

/** Why the reader has turned the extension off for a URL (everywhere, its site, the page), if they have. */
export function offScope(
  settings: Pick<Settings, 'enabled' | 'blockedSites' | 'blockedPages'>,
  url: string,
): 'all' | 'site' | 'page' | null {
  if (!settings.enabled) return 'all';
  if (matchesSite(settings.blockedSites, url)) return 'site';
  const page = pageKeyFor(url);
  return page !== null && settings.blockedPages.includes(page) ? 'page' : null;
}

/**
 * In "Only the sites listed below" mode, the host of a page whose site is not listed (what
 * the popup offers to add); null when the page is listed, the mode is another, or the URL
 * has no host. Checked after offScope: a page turned off says that first.
 */
export function notListed(settings: Pick<Settings, 'runOn' | 'allowedSites'>, url: string): string | null {
  if (settings.runOn !== 'listed' || matchesSite(settings.allowedSites, url)) return null;
  return sitePatternFor(url);
}
