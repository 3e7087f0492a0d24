/**
 * The background: badge per tab, message routing, keyboard commands relayed to the page,
 * and opening the options page. Listeners are registered synchronously at the top level
 * so that a stopped service worker is woken up by the event that needs it.
 */
import browser, { type Runtime, type Tabs } from '../shared/browser';
import type { Message, TabState } from '../shared/messages';
import { profileOf } from '../shared/report-profile';
import { badgeFor } from '../shared/report-badge';
import { showBadge } from './badge';
import { clearTabState, getTabState, setTabState } from './tab-state';
import { answerAnalyze, answerFindArticle } from './analysis';
import { mayAnswer } from './senders';
import { plural } from '../shared/message-keys';
import { t } from '../shared/i18n';
import { reinjectOncePerLoad } from './reinject';

const EXTENSION_ORIGIN = browser.runtime.getURL('');

async function onFindingsChanged(message: Extract<Message, { kind: 'toBackground/findingsChanged' }>, sender: Runtime.MessageSender) {
  const tabId = sender.tab?.id;
  // Frames other than the top one do not own the tab's badge.
  if (tabId === undefined || (sender.frameId ?? 0) !== 0) return;
  const count = message.warnings;
  const state: TabState = { count, ...(sender.url ? { url: sender.url } : {}) };
  await setTabState(tabId, state);
  const profile = profileOf(message.bySourcing);
  const title =
    count > 0
      ? plural(t, count, 'popup_badge_title_one', 'popup_badge_title_other', [t(`popup_profile_${profile.id}`)])
      : browser.i18n.getMessage('popup_badge_title_none');
  try {
    await showBadge(tabId, badgeFor(count, profile.tone), title);
  } catch {
    // The tab closed while we were working: nothing to show.
  }
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  const message = raw as Message;
  if (typeof message?.kind !== 'string' || !mayAnswer(message.kind, sender, browser.runtime.id, EXTENSION_ORIGIN)) return undefined;
  switch (message.kind) {
    case 'toBackground/findingsChanged':
      return onFindingsChanged(message, sender).then(() => undefined);
    case 'toBackground/analyze':
      return Promise.resolve(answerAnalyze(message.text, message.options));
    case 'toBackground/findArticle':
      return Promise.resolve(answerFindArticle(message.page));
    case 'toBackground/getTabState':
      return getTabState(message.tabId);
    case 'toBackground/openOptions':
      return browser.runtime.openOptionsPage();
    default:
      // Not ours: let other listeners answer.
      return undefined;
  }
});

/** A navigation starts a new page: what we knew about the old one no longer holds. */
browser.tabs.onUpdated.addListener((tabId: number, change: Tabs.OnUpdatedChangeInfoType) => {
  if (change.status === 'loading') void clearTabState(tabId);
});
browser.tabs.onRemoved.addListener((tabId: number) => void clearTabState(tabId));

/** Tabs open before an install, update or re-enable get the content script now, not at their next load. */
void reinjectOncePerLoad(browser).catch(() => undefined);

/** Keyboard shortcuts declared in the manifest's `commands` go to the page they act on. */
browser.commands?.onCommand.addListener((command: string, tab?: Tabs.Tab) => {
  void (async () => {
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    try {
      await browser.tabs.sendMessage(tabId, { kind: 'toContent/command', command } satisfies Message, { frameId: 0 });
    } catch {
      // No content script there (a browser page, or the extension is off for it).
    }
  })();
});
