/**
 * Finding the article on a page, without touching the page, in three steps:
 *
 * 1. `snapshot` (on the page, in slices): a light copy of the body as plain data — elements
 *    with the attributes Readability's scoring reads, and text — numbering every element and
 *    text node in reading order, and keeping the live nodes by those numbers.
 * 2. `decideArticle` (anywhere with a DOM implementation): Readability (Mozilla's reader view)
 *    runs on a document built from the copy (it rewrites what it reads, so never the page),
 *    and answers with the numbers of the elements and text nodes it kept. The extension runs
 *    this step in the background, on linkedom, off the page's main thread; the CLI runs it
 *    in-process on linkedom too, so both decide alike.
 * 3. `scopeFrom` (on the page): the numbers back to live nodes, kept in a WeakMap/WeakSet,
 *    the article's root and its headline.
 *
 * Nothing is ever written to the page.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { canHostShadowRoot, isInlineTag, isSkippedElement, isSkippedTag, isSkippingAttribute, SKIPPING_ATTRS } from './dom-rules';
import type { Work } from './tasks';

/** Copied onto the light copy only (never onto the page), so decisions survive Readability's rewrites. */
const INDEX_ATTR = 'data-sl-i';

/** Attributes Readability's scoring and metadata read; everything else is left behind. */
const COPIED_ATTRS = new Set(['id', 'class', 'href', 'rel', 'itemprop', 'itemtype', 'role', 'dir', 'lang']);

/** Anything but white space, as Readability's own tests see it (`\s`: NBSP is white space too). */
const NOT_SPACE = /\S/;

/**
 * An attribute's value as copied. Of a link's target Readability reads only whether it is an
 * in-page anchor (`#...`: less link weight) or a `javascript:` link (unwrapped); other targets
 * are long URLs that would only make the copy dearer to send, so they go as ''.
 */
function copiedValue(name: string, value: string): string {
  if (name !== 'href' || value.startsWith('#') || value.startsWith('javascript:')) return value;
  return '';
}

/**
 * Blocks first copied empty (and then never part of the article), as Readability's first attempt
 * would drop them:
 * - footers and asides: it removes them from what it keeps;
 * - menus (nav, role navigation/menu/menubar);
 * - blocks whose class or id names them comments, sidebars, related links, banners and the
 *   like: its "unlikely candidates", the same words (a name that also says
 *   article/content/main/body/column is kept; nothing inside a table or code is pruned).
 * On the fixture pages 30-83% of the copy's nodes (median 58%) lay in them, and the copy costs
 * per node. A block holding an h1 is copied whole (Readability may take the title from it).
 * When the first attempt fails (no article, or one under 500 characters), Readability tries
 * again without stripping; then the blocks are filled in and it is asked again (see needsPruned).
 */
const PRUNED_TAGS = new Set(['footer', 'aside', 'nav']);
const PRUNED_ROLES = new Set(['navigation', 'menu', 'menubar']);
const UNLIKELY_NAME =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE_ARTICLE_NAME = /and|article|body|column|content|main|shadow/i;

/** Whether an element (with its copied attributes) goes as dropped (see PRUNED_TAGS). */
function isPruned(tag: string, attrs: Record<string, string> | 0, inTable: boolean): boolean {
  if (PRUNED_TAGS.has(tag)) return true;
  if (!attrs) return false;
  if (attrs.role && PRUNED_ROLES.has(attrs.role)) return true;
  if (inTable || tag === 'a' || (!attrs.class && !attrs.id)) return false;
  const name = `${attrs.class ?? ''} ${attrs.id ?? ''}`;
  return UNLIKELY_NAME.test(name) && !MAYBE_ARTICLE_NAME.test(name);
}

/** Readability's default: an article shorter than this makes it try again, stripping less. */
const READABILITY_CHAR_THRESHOLD = 500;

/** Bounds that keep Readability's single synchronous pass short on huge pages. */
export const SNAPSHOT_LIMITS = { elements: 12_000, chars: 200_000, charsPerNode: 8_000 };

/** Inline elements deeper than this are not copied, only their text (see `snapshot`). */
const MAX_COPY_DEPTH = 48;

/** Yield to the scheduler after this many copied nodes. */
const NODES_PER_SLICE = 1_000;

export interface ArticleScope {
  /** The element whose subtree is read (the article's container, or the body). */
  root: Element;
  /** The headline, when Readability's title matches a heading outside the kept text. */
  headline: Element | null;
  /**
   * Readability's decision for each element it saw: true = part of the article.
   * `null` means "the whole page" (no article found and the settings ask for everything).
   */
  decisions: WeakMap<Element, boolean> | null;
  /**
   * Text nodes Readability kept whose parent it did not (it moves loose text of a mixed
   * container into new paragraphs of its own).
   */
  keptText: WeakSet<Text> | null;
  /**
   * The elements and text nodes Readability kept, and the elements judged part of the article
   * since (empty for the whole page): see `decide` and `holdersOfArticle` in text-map.ts.
   */
  articleNodes: Node[];
  title: string;
}

export interface FindArticleOptions {
  /** An empty HTML document to build the light copy in (browser: `document.implementation`; Node: linkedom). */
  createDocument: () => Document;
  /** When the page is not an article: read the whole body (true) or nothing (false). */
  wholePageFallback: boolean;
}

/** Children in reading order; open shadow roots are read before light children. */
export function childNodesOf(node: Node): Node[] {
  const shadow = (node as Element).shadowRoot;
  const light = Array.from(node.childNodes);
  return shadow ? [...Array.from(shadow.childNodes), ...light] : light;
}

/** The parent in the composed tree: a shadow root's children belong to its host. */
export function composedParent(node: Node): Node | null {
  const parent = node.parentNode;
  if (parent && parent.nodeType === 11 && (parent as ShadowRoot).host) return (parent as ShadowRoot).host;
  return parent;
}

/**
 * One node of the light copy, in reading order, pointing at its parent element by number
 * (-1: the body): an element `[parent, tag, attributes or 0]` or a text `[parent, text]`, where
 * a text of white space only is its length (a third of a page's copy was indentation, and the
 * copy's size is what sending it costs; Readability tests such text only for being white space
 * and for its length).
 * Flat, because extension messaging refuses deeply nested data (pages nest 1,000 deep).
 */
export type LightNode = [parent: number, tag: string, attrs: Record<string, string> | 0] | [parent: number, text: string | number];

/** The light copy of a page: what Readability needs of it, as plain (message-safe) data. */
export interface LightPage {
  title: string;
  metas: Array<Record<string, string>>;
  nodes: LightNode[];
}

export interface Snapshot {
  page: LightPage;
  /** Live elements and text nodes by their number in the copy (reading order). */
  live: Element[];
  liveText: Text[];
  /** The blocks copied empty, by number (see PRUNED_TAGS), until `copyPruned` fills them in. */
  pruned: Array<{ at: number; depth: number; inTable: boolean }>;
  /** Characters of text copied so far (see SNAPSHOT_LIMITS). */
  chars: number;
}

/** Readability's answer, as numbers into the snapshot. */
export interface ArticleDecision {
  isArticle: boolean;
  /** The article's length in characters, as Readability counts it (0: none). */
  length: number;
  kept: number[];
  keptText: number[];
  title: string;
}

/** A run of siblings still to copy (an element's light children, or its open shadow root's), all with one parent. */
interface CopyFrame {
  /** The element or shadow root whose children these are. */
  container: Node;
  next: Node | null;
  /** The parent's number in the copy (-1: the body). */
  parent: number;
  depth: number;
  /** Inside a table or code (see isPruned). */
  inTable: boolean;
}

/**
 * Queue `el`'s children for copying under `parent`: its open shadow root's first, then its
 * light children (a stack: the shadow frame goes on top).
 */
function pushChildren(stack: CopyFrame[], el: Element, tag: string, parent: number, depth: number, inTable: boolean): void {
  const first = el.firstChild;
  if (first) stack.push({ container: el, next: first, parent, depth, inTable });
  const shadow = canHostShadowRoot(tag) ? el.shadowRoot : null;
  const shadowFirst = shadow?.firstChild;
  if (shadowFirst) stack.push({ container: shadow!, next: shadowFirst, parent, depth, inTable });
}

/**
 * The attributes of `el` the copy keeps (0: none), or null when one of them makes it skipped
 * (see dom-rules.ts). Each attribute is read once.
 */
function copiedAttributes(el: Element): Record<string, string> | 0 | null {
  let attrs: Record<string, string> | 0 = 0;
  for (const name of el.getAttributeNames()) {
    const copied = COPIED_ATTRS.has(name);
    if (!copied && !SKIPPING_ATTRS.has(name)) continue;
    const value = el.getAttribute(name)!;
    if (isSkippingAttribute(name, value)) return null;
    if (copied) (attrs ||= {})[name] = copiedValue(name, value);
  }
  return attrs;
}

/**
 * After giving the page a turn: a run whose next node the page removed or moved elsewhere ends
 * there, so the walk never follows a node into another part of the tree (and never goes round
 * in circles on a page that keeps moving nodes). What it leaves out, a later pass reads.
 */
export function endMovedRuns(stack: ReadonlyArray<{ container: Node; next: Node | null }>): void {
  for (const frame of stack) if (frame.next && frame.next.parentNode !== frame.container) frame.next = null;
}

/**
 * Copy the page's body (and its metadata) into plain data, in slices. Blocks Readability would
 * drop are copied empty (see PRUNED_TAGS); `copyPruned` fills them in when its answer needs them.
 *
 * Walked by sibling pointers and read attribute by attribute: copying each element's
 * `childNodes` and `attributes` into arrays was most of this step's cost on news pages.
 */
export function* snapshot(source: Document): Work<Snapshot> {
  // Metadata from anywhere, not only <head>: markup before <head> makes parsers put it in the body.
  const metas = Array.from(source.querySelectorAll('meta[content]')).map((meta) => {
    const attrs: Record<string, string> = {};
    for (const name of ['name', 'property', 'itemprop', 'content']) {
      const value = meta.getAttribute(name);
      if (value !== null) attrs[name] = value;
    }
    return attrs;
  });
  const shot: Snapshot = { page: { title: source.title ?? '', metas, nodes: [] }, live: [], liveText: [], pruned: [], chars: 0 };
  if (!source.body) return shot;
  const stack: CopyFrame[] = [];
  pushChildren(stack, source.body, 'body', -1, 0, false);
  yield* copyRuns(shot, stack, true);
  return shot;
}

/**
 * Whether Readability's answer on the copy may differ from its answer on the whole page: it
 * found no article, or one so short (under its 500 characters) that it tried again without
 * stripping its unlikely candidates, which the copy holds only empty.
 */
export function needsPruned(shot: Snapshot, decision: ArticleDecision): boolean {
  return shot.pruned.length > 0 && (!decision.isArticle || decision.length < READABILITY_CHAR_THRESHOLD);
}

/** Fill in the blocks `snapshot` copied empty, in slices: then the copy is the whole page. */
export function* copyPruned(shot: Snapshot): Work<void> {
  const stack: CopyFrame[] = [];
  for (const { at, depth, inTable } of shot.pruned) {
    const el = shot.live[at]!;
    pushChildren(stack, el, el.localName, at, depth + 1, inTable);
  }
  shot.pruned = [];
  yield* copyRuns(shot, stack, false);
}

/** Copy the runs on `stack` and everything under them; `prune`: copy blocks Readability would drop empty. */
function* copyRuns(shot: Snapshot, stack: CopyFrame[], prune: boolean): Work<void> {
  const { live, liveText, pruned } = shot;
  const nodes = shot.page.nodes;
  let visited = 0;
  while (stack.length > 0) {
    if (++visited % NODES_PER_SLICE === 0) {
      yield;
      endMovedRuns(stack);
    }
    const frame = stack[stack.length - 1]!;
    const node = frame.next;
    if (!node) {
      stack.pop();
      continue;
    }
    frame.next = node.nextSibling;
    const type = node.nodeType;
    if (type === 3) {
      const data = (node as Text).data;
      shot.chars += Math.min(data.length, SNAPSHOT_LIMITS.charsPerNode);
      liveText.push(node as Text);
      const text = data.length > SNAPSHOT_LIMITS.charsPerNode ? data.slice(0, SNAPSHOT_LIMITS.charsPerNode) : data;
      nodes.push([frame.parent, NOT_SPACE.test(text) ? text : text.length]);
    } else if (type === 1) {
      const el = node as Element;
      // Each DOM call counts here (this runs for every element of the page): the tag and
      // every attribute wanted are read once, for the skip rules and the copy alike.
      const tag = el.localName;
      if (isSkippedTag(tag)) continue;
      if (frame.depth >= MAX_COPY_DEPTH && isInlineTag(tag)) {
        // Inline markup nested this deep carries nothing Readability scores, and would make
        // it crawl: its text joins the nearest copied ancestor (which it follows, unknown).
        if (isSkippedElement(el)) continue;
        pushChildren(stack, el, tag, frame.parent, frame.depth, frame.inTable);
        continue;
      }
      const attrs = el.hasAttributes() ? copiedAttributes(el) : 0;
      if (attrs === null) continue;
      nodes.push([frame.parent, tag, attrs]);
      // A block holding a top-level heading is never pruned: Readability may take its title from there.
      if (prune && isPruned(tag, attrs, frame.inTable) && !el.querySelector('h1')) {
        // Copied empty: its place still counts (Readability climbs from an only child to its parent).
        pruned.push({ at: live.length, depth: frame.depth, inTable: frame.inTable });
      } else {
        pushChildren(stack, el, tag, live.length, frame.depth + 1, frame.inTable || tag === 'table' || tag === 'code');
      }
      live.push(el);
    }
    // Past the bounds the rest of the page stays unknown: the text map lets unknown
    // elements follow their nearest known neighbour (see `decide` in text-map.ts).
    if (live.length >= SNAPSHOT_LIMITS.elements || shot.chars >= SNAPSHOT_LIMITS.chars) break;
  }
}

/** Build a document from the light copy; elements carry their number in INDEX_ATTR. */
function buildDocument(page: LightPage, createDocument: () => Document): { doc: Document; textIndex: WeakMap<Node, number> } {
  const doc = createDocument();
  const title = doc.createElement('title');
  title.textContent = page.title;
  doc.head.appendChild(title);
  for (const attrs of page.metas) {
    const meta = doc.createElement('meta');
    for (const [name, value] of Object.entries(attrs)) meta.setAttribute(name, value);
    doc.head.appendChild(meta);
  }
  const textIndex = new WeakMap<Node, number>();
  const elements: Element[] = [];
  let texts = 0;
  // Reading order, as `snapshot` numbered them: appending in turn keeps each parent's child order.
  for (const node of page.nodes) {
    const parent = node[0] < 0 ? doc.body : elements[node[0]];
    if (!parent) continue;
    if (node.length === 2) {
      const text = doc.createTextNode(typeof node[1] === 'number' ? ' '.repeat(node[1]) : node[1]);
      textIndex.set(text, texts++);
      parent.appendChild(text);
      continue;
    }
    const el = doc.createElement(node[1]);
    if (node[2]) for (const [name, value] of Object.entries(node[2])) el.setAttribute(name, value);
    el.setAttribute(INDEX_ATTR, String(elements.length));
    elements.push(el);
    parent.appendChild(el);
  }
  return { doc, textIndex };
}

/** Readability's verdict on the light copy: which of its elements and text nodes are the article. */
export function decideArticle(page: LightPage, createDocument: () => Document): ArticleDecision {
  const { doc, textIndex } = buildDocument(page, createDocument);
  const none: ArticleDecision = { isArticle: false, length: 0, kept: [], keptText: [], title: page.title };
  if (!isProbablyReaderable(doc)) return none;
  const result = new Readability<Element>(doc, {
    serializer: (node) => node as Element,
    disableJSONLD: true,
    keepClasses: true,
  }).parse();
  const content = result?.content;
  if (!content) return none;
  const kept = Array.from(content.querySelectorAll(`[${INDEX_ATTR}]`), (el) => Number(el.getAttribute(INDEX_ATTR)));
  if (kept.length === 0) return none;
  // Text nodes Readability moved out of a dropped parent into paragraphs of its own.
  const keptText: number[] = [];
  const walker = doc.createTreeWalker(content, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const index = textIndex.get(n);
    if (index !== undefined) keptText.push(index);
  }
  return { isArticle: true, length: result.length ?? 0, kept, keptText, title: result.title ?? '' };
}

/** Ancestors in the composed tree, the node itself first. */
function composedPath(node: Node): Node[] {
  const path: Node[] = [];
  for (let n: Node | null = node; n; n = composedParent(n)) path.push(n);
  return path;
}

/**
 * Whether `a` comes before `b` in reading order (shadow content before light children).
 * Computed from the tree itself: linkedom's compareDocumentPosition gets this wrong.
 */
export function comesBefore(a: Node, b: Node): boolean {
  const pathA = composedPath(a).reverse();
  const pathB = composedPath(b).reverse();
  let i = 0;
  while (i < pathA.length && i < pathB.length && pathA[i] === pathB[i]) i++;
  if (i === pathA.length) return true; // a contains b
  if (i === pathB.length || i === 0) return false;
  const siblings = childNodesOf(pathA[i - 1]!);
  return siblings.indexOf(pathA[i] as ChildNode) < siblings.indexOf(pathB[i] as ChildNode);
}

/** Lowest common ancestor in the composed tree. */
function commonAncestor(a: Element, b: Element): Element {
  const chain = new Set<Node>();
  for (let n: Node | null = a; n; n = composedParent(n)) chain.add(n);
  for (let n: Node | null = b; n; n = composedParent(n)) {
    if (chain.has(n) && n.nodeType === 1) return n as Element;
  }
  return a.ownerDocument.body;
}

function normalizeTitle(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The page's heading that carries Readability's title (h1 first, then h2). */
function findHeadline(doc: Document, title: string): Element | null {
  const wanted = normalizeTitle(title);
  if (wanted.length < 3) return null;
  for (const selector of ['h1', 'h2']) {
    for (const heading of Array.from(doc.querySelectorAll(selector))) {
      const text = normalizeTitle(heading.textContent ?? '');
      if (text.length < 3) continue;
      const [short, long] = text.length < wanted.length ? [text, wanted] : [wanted, text];
      if (!long.includes(short) || short.length < 0.6 * long.length) continue;
      let hidden = false;
      for (let n: Node | null = heading; n && n.nodeType === 1; n = composedParent(n)) {
        if (isSkippedElement(n as Element)) hidden = true;
      }
      if (!hidden) return heading;
    }
  }
  return null;
}

function wholePage(doc: Document): ArticleScope {
  return { root: doc.body, headline: null, decisions: null, keptText: null, articleNodes: [], title: doc.title ?? '' };
}

/**
 * The live side of a decision: what the text map reads. Null when the page is not an article
 * and `wholePageFallback` is off (the content script then does nothing on the page).
 */
export function scopeFrom(doc: Document, shot: Snapshot, decision: ArticleDecision, wholePageFallback: boolean): ArticleScope | null {
  if (!doc.body) return null;
  if (!decision.isArticle) return wholePageFallback ? wholePage(doc) : null;
  const kept = new Set(decision.kept);
  const decisions = new WeakMap<Element, boolean>();
  const articleNodes: Node[] = [];
  shot.live.forEach((el, i) => {
    const isKept = kept.has(i);
    decisions.set(el, isKept);
    if (isKept) articleNodes.push(el);
  });
  for (const { at } of shot.pruned) decisions.set(shot.live[at]!, false);
  const keptElements = articleNodes.slice() as Element[];
  if (keptElements.length === 0) return wholePageFallback ? wholePage(doc) : null;
  const keptText = new WeakSet<Text>();
  for (const i of decision.keptText) {
    const text = shot.liveText[i];
    if (text) {
      keptText.add(text);
      articleNodes.push(text);
    }
  }
  // Of them all: blocks filled in late (see copyPruned) are numbered after the rest, out of reading order.
  const root = keptElements.reduce(commonAncestor);
  return { root, headline: findHeadline(doc, decision.title), decisions, keptText, articleNodes, title: decision.title };
}

/** All three steps in one go (the CLI, tests): `createDocument` makes the empty document Readability reads. */
export function* findArticle(doc: Document, options: FindArticleOptions): Work<ArticleScope | null> {
  const shot = yield* snapshot(doc);
  yield;
  let decision = decideArticle(shot.page, options.createDocument);
  if (needsPruned(shot, decision)) {
    yield* copyPruned(shot);
    yield;
    decision = decideArticle(shot.page, options.createDocument);
  }
  return scopeFrom(doc, shot, decision, options.wholePageFallback);
}
