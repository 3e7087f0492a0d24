/** What the content script says of its work (passes, errors) and of its card, asked from an extension page. */
import type { Ext, ExtPage } from './harness';
import type { CardState, ContentStats } from '../../src/shared/messages';

export async function contentStats(ext: Ext, page: ExtPage): Promise<ContentStats> {
  const tabId = await ext.tabIdOf(page);
  return ext.inExtension(
    (api, id) => api.tabs.sendMessage(id, { kind: 'toContent/getStats' }, { frameId: 0 }) as Promise<ContentStats>,
    tabId,
  );
}

/**
 * What the hover card shows (null: no card on screen). The card's shadow root is closed to the
 * page, so tests ask the content script, as only an extension page can.
 */
export async function cardOf(ext: Ext, page: ExtPage): Promise<CardState | null> {
  return (await contentStats(ext, page)).card;
}

/** The visible card, once it shows (polls; fails after `timeout`). */
export async function waitForCard(ext: Ext, page: ExtPage, { timeout = 10_000 } = {}): Promise<CardState> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const card = await cardOf(ext, page);
    if (card) return card;
    if (Date.now() > deadline) throw new Error('the card did not show');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
