/**
 * Which tab the popup reports on, and what that tab has to say. The popup is opened from
 * the toolbar (the active tab), or as `popup.html?tabId=N` (a detached window, tests).
 * A popup opened as a tab is itself the active tab, so without `tabId` it must not report
 * on "the active tab"; `tabs.getCurrent()` tells the two apart (undefined in a real popup).
 */
import browser, { type Tabs } from '../shared/browser';
import type { Message, PageReport, TabState } from '../shared/messages';
import { notListed, offScope, pageSupport, type PageSupport } from '../shared/report-support';
import { loadSettings, saveSettings, type Settings } from '../shared/settings';
import { matchesSite, pageKeyFor, sitePatternFor } from '../shared/site-patterns';

export interface Target {
  tabId: number;
  /** Whether this is the toolbar popup (it closes itself after opening the options page). */
  isToolbarPopup: boolean;
}

/**
 * `incognito`: the tab is in a private window. The popup then stores no page or site entry:
 * settings live in storage.sync, which would carry the private window's history to every
 * synced device.
 */
export type Loaded =
  | { kind: 'report'; report: PageReport; settings: Settings; incognito: boolean }
  | { kind: 'unsupported'; reason: Exclude<PageSupport, 'supported'> }
  /** The content script did not answer: not injected (yet), or a page we could not identify. */
  | { kind: 'noScript'; urlKnown: boolean }
  | { kind: 'off'; scope: 'all' | 'site' | 'page'; url: string; settings: Settings }
  /** "Only the sites listed" is chosen and this page's site is not listed. */
  | { kind: 'notListed'; url: string; host: string; settings: Settings; incognito: boolean }
  | { kind: 'noArticle' }
  | { kind: 'noTab' };

export async function resolveTarget(search: string): Promise<Target | null> {
  const param = new URLSearchParams(search).get('tabId');
  if (param !== null && /^\d+$/.test(param)) return { tabId: Number(param), isToolbarPopup: false };
  // Both asked at once: the toolbar popup should not wait on two round trips in a row.
  const [current, [tab]] = await Promise.all([browser.tabs.getCurrent(), browser.tabs.query({ active: true, currentWindow: true })]);
  if (current) return null;
  return tab?.id === undefined ? null : { tabId: tab.id, isToolbarPopup: true };
}

/** The tab's URL: readable with activeTab (toolbar click), else as its content script last reported it. */
async function urlOf(tabId: number, tabRead: Promise<Tabs.Tab | undefined>): Promise<string | undefined> {
  const [tab, state] = await Promise.all([
    tabRead,
    browser.runtime.sendMessage({ kind: 'toBackground/getTabState', tabId } satisfies Message).catch(() => null) as Promise<TabState | null>,
  ]);
  return tab?.url || state?.url || undefined;
}

export async function loadFor(target: Target | null): Promise<Loaded> {
  if (!target) return { kind: 'noTab' };
  // The report is asked for at once: when the page answers, nothing else is on the way to
  // the screen (the URL lookups wake the background, which can take a while).
  const reportAsked = browser.tabs
    .sendMessage(target.tabId, { kind: 'toContent/getReport' } satisfies Message, { frameId: 0 })
    .then((r) => ({ ok: true as const, report: (r ?? null) as PageReport | null }), () => ({ ok: false as const, report: null }));
  const settingsRead = loadSettings().then((s) => s.settings);
  // Whether the tab is private (tabs.Tab.incognito needs no permission); asks the browser, not the background.
  const tabRead = browser.tabs.get(target.tabId).catch(() => undefined);
  const answer = await reportAsked;
  if (answer.report) {
    const [settings, tab] = await Promise.all([settingsRead, tabRead]);
    return { kind: 'report', report: answer.report, settings, incognito: tab?.incognito ?? false };
  }

  const [url, settings, tab] = await Promise.all([urlOf(target.tabId, tabRead), settingsRead, tabRead]);
  const incognito = tab?.incognito ?? false;
  if (url) {
    const support = pageSupport(url);
    if (support !== 'supported') return { kind: 'unsupported', reason: support };
  }
  const scope = url ? offScope(settings, url) : settings.enabled ? null : 'all';
  if (scope) return { kind: 'off', scope, url: url ?? '', settings };
  const host = url ? notListed(settings, url) : null;
  if (url && host) return { kind: 'notListed', url, host, settings, incognito };
  // No answer at all: no content script in that page (yet).
  if (!answer.ok) return { kind: 'noScript', urlKnown: url !== undefined };
  return { kind: 'noArticle' };
}

/**
 * Turns the extension off for the page's site or the page itself; returns the new settings.
 * From a private window nothing is stored (see Loaded): the popup offers no button there.
 */
export async function turnOff(settings: Settings, url: string, scope: 'site' | 'page', incognito: boolean): Promise<Settings> {
  if (incognito) return settings;
  if (scope === 'site') {
    const pattern = sitePatternFor(url);
    if (!pattern || settings.blockedSites.includes(pattern)) return settings;
    return saveSettings({ blockedSites: [...settings.blockedSites, pattern] });
  }
  const page = pageKeyFor(url);
  if (!page || settings.blockedPages.includes(page)) return settings;
  return saveSettings({ blockedPages: [...settings.blockedPages, page] });
}

/** Undoes what keeps the extension off for this URL (site patterns that cover it, the page entry, the master switch). */
export async function turnBackOn(settings: Settings, url: string): Promise<Settings> {
  const page = pageKeyFor(url);
  return saveSettings({
    enabled: true,
    blockedSites: settings.blockedSites.filter((p) => !matchesSite([p], url)),
    blockedPages: settings.blockedPages.filter((p) => p !== page),
  });
}

/**
 * "Only the sites listed" is chosen and the page's site is not listed: add its host to the
 * list (the content script then analyses the page). Not from a private window (see Loaded).
 */
export async function runOnSite(settings: Settings, url: string, incognito: boolean): Promise<Settings> {
  const pattern = sitePatternFor(url);
  if (incognito || !pattern || matchesSite(settings.allowedSites, url)) return settings;
  return saveSettings({ allowedSites: [...settings.allowedSites, pattern] });
}
