/**
 * Finding the article on a page, without touching the page.
 *
 * Readability (Mozilla's reader view) decides what the article is, but it rewrites the
 * document it reads, and it is slow on the scripts, styles and SVG of real pages. So it reads
 * a light copy instead: elements and text only, built in slices, with the attributes its
 * scoring looks at, and every copied element tagged with the index of its live original.
 * The elements that survive into Readability's result are the article; we map them back to
 * the live DOM and keep the decisions in a WeakMap. Nothing is ever written to the page.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { isSkippedElement } from './dom-rules';
import type { Work } from './tasks';

/** Copied onto the light copy only (never onto the page), so decisions survive Readability's rewrites. */
const INDEX_ATTR = 'data-sl-i';

/** Attributes Readability's scoring and metadata read; everything else is left behind. */
const COPIED_ATTRS = ['id', 'class', 'href', 'rel', 'itemprop', 'itemtype', 'role', 'dir', 'lang'];

/** Bounds that keep Readability's single synchronous pass short on huge pages. */
export const SNAPSHOT_LIMITS = { elements: 12_000, chars: 200_000, charsPerNode: 8_000 };

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
  isArticle: boolean;
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

/** Copy head metadata (title, meta tags) that Readability uses for the headline. */
function copyHead(source: Document, target: Document): void {
  const title = target.createElement('title');
  title.textContent = source.title ?? '';
  target.head.appendChild(title);
  // Anywhere, not only in <head>: markup before <head> makes parsers put metadata in the body.
  for (const meta of Array.from(source.querySelectorAll('meta[content]'))) {
    const copy = target.createElement('meta');
    for (const name of ['name', 'property', 'itemprop', 'content']) {
      const value = meta.getAttribute(name);
      if (value !== null) copy.setAttribute(name, value);
    }
    target.head.appendChild(copy);
  }
}

interface BodyCopy {
  /** Live elements by the index the copy carries in INDEX_ATTR. */
  live: Element[];
  /** Copied text node -> live text node (identity survives Readability's moves). */
  liveText: WeakMap<Node, Text>;
}

/** Build the light copy of `source.body` inside `target.body`. */
function* copyBody(source: Document, target: Document): Work<BodyCopy> {
  const live: Element[] = [];
  const liveText = new WeakMap<Node, Text>();
  const body = source.body;
  if (!body) return { live, liveText };
  let chars = 0;
  let visited = 0;
  // Iterative depth-first copy: each frame is a list of live children and the copy's parent.
  const stack: Array<{ nodes: Node[]; i: number; parent: Element }> = [
    { nodes: childNodesOf(body), i: 0, parent: target.body },
  ];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.i >= frame.nodes.length) {
      stack.pop();
      continue;
    }
    const node = frame.nodes[frame.i++]!;
    if (++visited % NODES_PER_SLICE === 0) yield;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      chars += Math.min(data.length, SNAPSHOT_LIMITS.charsPerNode);
      const copy = target.createTextNode(data.slice(0, SNAPSHOT_LIMITS.charsPerNode));
      liveText.set(copy, node as Text);
      frame.parent.appendChild(copy);
    } else if (node.nodeType === 1) {
      const el = node as Element;
      if (isSkippedElement(el)) continue;
      const copy = target.createElement(el.localName);
      for (const name of COPIED_ATTRS) {
        const value = el.getAttribute(name);
        if (value !== null) copy.setAttribute(name, value);
      }
      copy.setAttribute(INDEX_ATTR, String(live.length));
      live.push(el);
      frame.parent.appendChild(copy);
      stack.push({ nodes: childNodesOf(el), i: 0, parent: copy });
    }
    // Past the bounds the rest of the page stays unknown: the text map lets unknown
    // elements follow their nearest known neighbour (see `decide` in text-map.ts).
    if (live.length >= SNAPSHOT_LIMITS.elements || chars >= SNAPSHOT_LIMITS.chars) break;
  }
  return { live, liveText };
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
  return { root: doc.body, headline: null, decisions: null, keptText: null, isArticle: false, title: doc.title ?? '' };
}

/**
 * Decide what of `doc` is the article. Returns null when the page is not an article and
 * `wholePageFallback` is off (the content script then does nothing on the page).
 */
export function* findArticle(doc: Document, options: FindArticleOptions): Work<ArticleScope | null> {
  if (!doc.body) return null;
  const copy = options.createDocument();
  copyHead(doc, copy);
  const { live, liveText } = yield* copyBody(doc, copy);
  yield;

  const fallback = (): ArticleScope | null => (options.wholePageFallback ? wholePage(doc) : null);
  if (!isProbablyReaderable(copy)) return fallback();
  const result = new Readability<Element>(copy, {
    serializer: (node) => node as Element,
    disableJSONLD: true,
    keepClasses: true,
  }).parse();
  const content = result?.content;
  if (!content) return fallback();
  yield;

  const kept = new Set<number>();
  for (const el of Array.from(content.querySelectorAll(`[${INDEX_ATTR}]`))) {
    kept.add(Number(el.getAttribute(INDEX_ATTR)));
  }
  if (kept.size === 0) return fallback();

  const keptText = new WeakSet<Text>();
  const walker = content.ownerDocument.createTreeWalker(content, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const original = liveText.get(n);
    if (original) keptText.add(original);
  }

  const decisions = new WeakMap<Element, boolean>();
  let first: Element | null = null;
  let last: Element | null = null;
  live.forEach((el, i) => {
    const isKept = kept.has(i);
    decisions.set(el, isKept);
    if (isKept) {
      first ??= el;
      last = el;
    }
  });
  const root = commonAncestor(first!, last!);
  const title = result.title ?? '';
  return { root, headline: findHeadline(doc, title), decisions, keptText, isArticle: true, title };
}
