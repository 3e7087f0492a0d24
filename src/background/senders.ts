/**
 * Who may ask the background what. A content script runs inside a page (a hostile page's
 * renderer can forge what it sends), so a content script's message may concern only its own
 * tab (`sender.tab`, which the browser sets); questions about any tab are answered only to
 * our own extension pages (the popup, the options page), whether shown as a popup (no
 * `sender.tab`) or opened in a tab (as the e2e tests do). An extension page is told apart by
 * its URL, which the browser sets too: it lies under our extension's origin.
 */
import type { Message } from '../shared/messages';

/** The parts of runtime.MessageSender this decision reads. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export function isExtensionPage(sender: SenderInfo, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/**
 * Whether the background answers `kind` from `sender`. Every message not listed here either
 * acts only on the sender's own tab (findingsChanged sets that tab's badge), or computes from
 * what it carries (analyze, findArticle), or is a reader's request (openOptions).
 */
export function mayAnswer(kind: Message['kind'], sender: SenderInfo, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId) return false;
  switch (kind) {
    case 'toBackground/getTabState':
      // Names any tab: its URL and count are not a page's business.
      return isExtensionPage(sender, extensionId, extensionOrigin);
    default:
      return true;
  }
}
