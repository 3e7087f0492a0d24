/**
 * HTML in, engine input out — for the CLI, with the very article detection and text map the
 * content script uses, so `sourcelight analyze page.html` finds what the extension shows.
 */
import { parseHTML } from 'linkedom';
import type { AnalyzeOptions } from '../engine/types';
import { findArticle } from './article';
import { runSync } from './tasks';
import { buildTextMap } from './text-map';

const EMPTY_PAGE = '<!doctype html><html><head></head><body></body></html>';

/** An empty document for Readability to read a light copy in. */
export const emptyDocument = (): Document => parseDocument(EMPTY_PAGE);

export interface AnalysisInput {
  text: string;
  options: Partial<AnalyzeOptions>;
}

/** Parse HTML into a DOM the page code can read (linkedom: fast, no layout, no scripts). */
export function parseDocument(html: string): Document {
  // A fragment ("<p>...</p>") goes into a body, as a browser's parser would put it.
  const page = /<(?:html|body)[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const doc = parseHTML(page).document as unknown as Document;
  normalizeTopLevel(doc);
  return doc;
}

/**
 * Put <html>'s children where a browser's parser would: <head> first, stray elements (markup
 * before <head>, or between </head> and <body>) inside <body>. linkedom keeps them where they
 * are and then invents an empty head and body, which would hide the whole page from us.
 */
function normalizeTopLevel(doc: Document): void {
  const html = doc.documentElement;
  if (!html) return;
  const children = Array.from(html.children);
  const head = children.find((el) => el.localName === 'head');
  const body = children.find((el) => el.localName === 'body');
  if (!head || !body) return;
  if (html.firstElementChild !== head) html.insertBefore(head, html.firstChild);
  const firstInBody = body.firstChild;
  for (const el of children) {
    if (el === head || el === body) continue;
    if (children.indexOf(el) < children.indexOf(body)) body.insertBefore(el, firstInBody);
    else body.appendChild(el);
  }
}

/**
 * The article's text of an HTML page, with its blocks (headline, body, captions, quotes) and
 * links. A page that is not an article is read whole: on the command line the reader asked.
 */
export function htmlToAnalysisInput(html: string, url?: string): AnalysisInput {
  const doc = parseDocument(html);
  const scope = runSync(
    findArticle(doc, { createDocument: emptyDocument, wholePageFallback: true }),
  );
  if (!scope) return { text: '', options: url ? { source: url } : {} };
  const map = runSync(buildTextMap(scope, url));
  const options: Partial<AnalyzeOptions> = { blocks: map.blocks, links: map.links };
  if (url) options.source = url;
  return { text: map.text, options };
}
