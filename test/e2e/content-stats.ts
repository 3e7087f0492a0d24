/**
 * The content script seen from the tests: messages to it (sent from an extension page, as
 * the popup does), what it says of its work (passes, errors) and of its card, and what it paints.
 */
import type { Ext, ExtPage } from './harness';
import type { CardState, ContentStats } from '../../src/shared/messages';

/** A message to the content script of `page`'s top frame; resolves to its answer. */
export async function send(ext: Ext, page: ExtPage, message: Record<string, unknown>): Promise<unknown> {
  const tabId = await ext.tabIdOf(page);
  return ext.inExtension((api, arg) => api.tabs.sendMessage(arg.tabId, arg.message, { frameId: 0 }), { tabId, message });
}

export async function contentStats(ext: Ext, page: ExtPage): Promise<ContentStats> {
  return (await send(ext, page, { kind: 'toContent/getStats' })) as ContentStats;
}

/** Runs in the page: texts of our registered ranges, in registry order (the focus mark left out). */
export function ourTexts(): string[] {
  const out: string[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('sourcelight-') || name === 'sourcelight-focus') continue;
    for (const r of highlight as Highlight) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      out.push(range.toString());
    }
  }
  return out;
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
