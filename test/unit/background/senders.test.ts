/** The background answers questions about any tab only to our own extension pages. */
import { describe, expect, it } from 'vitest';
import { isExtensionPage, mayAnswer } from '../../../src/background/senders';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const contentScript = { id: ID, url: 'https://news.example/story', tab: { id: 7 } };
const popup = { id: ID, url: `${ORIGIN}popup.html` };
const popupInTab = { id: ID, url: `${ORIGIN}popup.html?tabId=7`, tab: { id: 9 } };
const otherExtension = { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/x.html' };

describe('who the background answers', () => {
  it('answers getTabState to the popup, shown as a popup or in a tab', () => {
    expect(mayAnswer('toBackground/getTabState', popup, ID, ORIGIN)).toBe(true);
    expect(mayAnswer('toBackground/getTabState', popupInTab, ID, ORIGIN)).toBe(true);
  });

  it('does not answer getTabState to a content script, whatever tab it names', () => {
    expect(mayAnswer('toBackground/getTabState', contentScript, ID, ORIGIN)).toBe(false);
    // A page URL that merely contains our origin is still a page.
    expect(mayAnswer('toBackground/getTabState', { ...contentScript, url: `https://evil.example/?${ORIGIN}` }, ID, ORIGIN)).toBe(false);
    expect(isExtensionPage({ id: ID, tab: { id: 3 } }, ID, ORIGIN)).toBe(false);
  });

  it("answers a content script's own-tab and computing messages", () => {
    for (const kind of ['toBackground/findingsChanged', 'toBackground/analyze', 'toBackground/findArticle', 'toBackground/openOptions'] as const) {
      expect(mayAnswer(kind, contentScript, ID, ORIGIN)).toBe(true);
    }
  });

  it('answers nothing from another extension', () => {
    expect(mayAnswer('toBackground/getTabState', otherExtension, ID, ORIGIN)).toBe(false);
    expect(mayAnswer('toBackground/analyze', otherExtension, ID, ORIGIN)).toBe(false);
  });
});
