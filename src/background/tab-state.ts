/**
 * What the background knows per tab: the top frame's URL (the popup cannot read it without
 * the "tabs" permission) and its warning count. Kept in storage.session, because the
 * service worker is stopped and restarted at will; cleared when the tab navigates or closes.
 */
import browser from '../shared/browser';
import type { TabState } from '../shared/messages';

const key = (tabId: number) => `tab:${tabId}`;

export async function getTabState(tabId: number): Promise<TabState | null> {
  const stored = await browser.storage.session.get(key(tabId));
  return (stored[key(tabId)] as TabState | undefined) ?? null;
}

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: state });
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
