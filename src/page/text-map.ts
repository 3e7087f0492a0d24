/**
 * The text map: the article's text nodes read in order into one string, with a way back
 * from any offset in that string to a (text node, offset) pair on the page.
 *
 * - Whitespace is collapsed as CSS would (runs become one space), so the engine sees clean
 *   text; each node remembers how its characters moved.
 * - Inline elements join the text around them; every block boundary becomes "\n\n", which
 *   the engine treats as a sentence (and paragraph) boundary, and starts a new TextBlock.
 * - Skipped content (see dom-rules.ts) is never read; open shadow roots are.
 */
import type { BlockKind, TextBlock, TextLink } from '../engine/types';
import { canHostShadowRoot, isInlineTag, isSkippedElement } from './dom-rules';
import { comesBefore, composedParent, endMovedRuns, type ArticleScope } from './article';
import type { Work } from './tasks';

export const BLOCK_SEPARATOR = '\n\n';

/** One text node's share of the text. */
export interface Segment {
  node: Text;
  /** Offsets into `TextMap.text`. */
  start: number;
  end: number;
  /**
   * Where each character came from in `node.data`: a number `d` means offset = index - start + d
   * (nothing collapsed); an array holds the node offset of every character of the segment.
   */
  origin: number | Uint32Array;
}

export interface TextMap {
  text: string;
  blocks: TextBlock[];
  links: TextLink[];
  /** In text order, so binary search finds a segment by offset. */
  segments: Segment[];
  /**
   * The open shadow roots read (nested ones too), hosts in reading order: the content script
   * styles, hit-tests and watches inside them, since none of that crosses a shadow boundary.
   */
  shadowRoots: ShadowRoot[];
}

/** A (node, offset) pair on the page, as StaticRange wants it. */
export interface Boundary {
  node: Text;
  offset: number;
}

const NODES_PER_SLICE = 1_000;
/** CSS's collapsible white space: space, tab, line feed, carriage return, form feed. */
const isSpaceCode = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
/**
 * What collapsing changes inside a text: a tab or line break (becomes a space), or a second
 * space in a row (dropped). A native search: a loop of our own over every character ran
 * uncompiled on a page's first pass.
 */
const COLLAPSIBLE = /[\t\n\f\r]| {2}/;
/** A text of collapsible white space only: the indentation between elements, most text nodes of a page. */
const ALL_COLLAPSIBLE = /^[ \t\n\f\r]+$/;

/** Block kinds by element: captions, quotes and the headline are counted apart by the engine. */
function kindOf(el: Element, tag: string, headline: Element | null): BlockKind | null {
  if (el === headline) return 'headline';
  switch (tag) {
    case 'figcaption':
      return 'caption';
    case 'blockquote':
      return 'quote';
    default:
      return null;
  }
}

/** Resolve a link target against the page; an unresolvable one is kept as written. */
function resolveHref(raw: string, base: string | undefined): string {
  try {
    return new URL(raw, base).href;
  } catch {
    return raw;
  }
}

/**
 * Whether an element is part of the article. Elements Readability saw carry its decision;
 * links follow their parent (Readability rewrites some of them); elements it never saw
 * (added later, or past the copy's bounds) follow the nearest earlier sibling of the same
 * tag that it did see (the next paragraph of a lazy-loaded article), else their parent.
 */
function decide(el: Element, tag: string, parentIncluded: boolean, decisions: WeakMap<Element, boolean>, articleNodes: Node[]): boolean {
  if (tag === 'a') return parentIncluded;
  const known = decisions.get(el);
  if (known !== undefined) return known;
  let decision = parentIncluded;
  let sibling = el.previousElementSibling;
  for (let steps = 0; sibling && steps < 50; steps++, sibling = sibling.previousElementSibling) {
    if (sibling.localName !== tag) continue;
    const siblingDecision = decisions.get(sibling);
    if (siblingDecision !== undefined) {
      decision = siblingDecision;
      break;
    }
  }
  // Remembered, so the next unknown sibling stops at this one (5,000 new paragraphs stay linear);
  // one judged part of the article counts as kept (see holdersOfArticle).
  decisions.set(el, decision);
  if (decision) articleNodes.push(el);
  return decision;
}

/**
 * The elements that hold, as of now, a node of the article (see ArticleScope.articleNodes) or
 * the headline; null for the whole page. A block Readability dropped that holds none of them
 * holds nothing of the article: nothing under it can be included (see `decide`), so it is not
 * read at all (most of what lies under an article's root on some news pages: 2,500 nodes of
 * which 67 kept). Found from those nodes upwards on every pass, so that nodes moved since still
 * count; nodes gone from the page are forgotten.
 */
function holdersOfArticle(scope: ArticleScope): Set<Node> | null {
  if (!scope.decisions) return null;
  const holders = new Set<Node>();
  const climb = (node: Node) => {
    for (let up = composedParent(node); up && !holders.has(up); up = composedParent(up)) holders.add(up);
  };
  const nodes = scope.articleNodes;
  let kept = 0;
  for (const node of nodes) {
    if (!node.isConnected) continue;
    nodes[kept++] = node;
    climb(node);
  }
  nodes.length = kept;
  if (scope.headline) climb(scope.headline);
  return holders;
}

/** A run of siblings still to read (an element's light children, or its open shadow root's). */
interface Frame {
  /** The element or shadow root whose children these are. */
  container: Node;
  next: Node | null;
  included: boolean;
  kind: BlockKind;
  /** Run on leaving the element (after its last frame): a block element ends its block, a link ends its span. */
  exit: (() => void) | null;
}

/**
 * Queue `el`'s children for reading: its open shadow root's first (`shadowRoot`, read by the
 * caller), then its light children (a stack: the shadow frame goes on top, the element's exit
 * rides on the frame read last).
 * Sibling pointers, not `childNodes` arrays: copying those was most of a walk's cost.
 */
function pushChildren(stack: Frame[], el: Element, shadowRoot: ShadowRoot | null, included: boolean, kind: BlockKind, exit: (() => void) | null): void {
  const light = el.firstChild;
  const shadow = shadowRoot?.firstChild ?? null;
  if (!light && !shadow) {
    exit?.();
    return;
  }
  if (light) stack.push({ container: el, next: light, included, kind, exit });
  if (shadow) stack.push({ container: shadowRoot!, next: shadow, included, kind, exit: light ? null : exit });
}

/** Read the scope into a TextMap (a generator: run it with runSync or runSliced). */
export function* buildTextMap(scope: ArticleScope, baseUrl?: string): Work<TextMap> {
  const pieces: string[] = [];
  const segments: Segment[] = [];
  const blocks: TextBlock[] = [];
  const rawLinks: TextLink[] = [];
  const shadowRoots: ShadowRoot[] = [];
  let length = 0;
  /** The last character written was a space (or we are at a block's start). */
  let atSpace = true;
  let blockStart = -1;
  let blockKind: BlockKind = 'body';
  let pendingBreak = false;
  /** A <br> was met inside the block: the next text starts on a new line. */
  let pendingLineBreak = false;
  let visited = 0;

  const closeBlock = (): void => {
    if (blockStart < 0) return;
    // Drop one trailing collapsed space: it belongs to no word.
    const lastSegment = segments[segments.length - 1];
    const lastPiece = pieces[pieces.length - 1] ?? '';
    if (lastPiece.endsWith(' ') && lastSegment && lastSegment.end === length && length > blockStart) {
      pieces[pieces.length - 1] = lastPiece.slice(0, -1);
      length--;
      lastSegment.end--;
      if (lastSegment.origin instanceof Uint32Array) lastSegment.origin = lastSegment.origin.subarray(0, lastSegment.end - lastSegment.start);
      if (lastSegment.end === lastSegment.start) segments.pop();
    }
    if (length > blockStart) blocks.push({ start: blockStart, end: length, kind: blockKind });
    blockStart = -1;
  };

  const writeText = (node: Text, kind: BlockKind): void => {
    const data = node.data;
    if (data.length === 0) return;
    let out: string;
    let origin: number | Uint32Array;
    if (ALL_COLLAPSIBLE.test(data)) {
      // Fast path: white space only, one space (its first character) unless one came just before.
      if (atSpace) return;
      out = ' ';
      origin = 0;
    } else if ((!isSpaceCode(data.charCodeAt(0)) || !atSpace) && !COLLAPSIBLE.test(data)) {
      // Fast path: nothing to collapse.
      out = data;
      origin = 0;
    } else {
      // Slow path, linear and without a string per character (a 2 MB text node): the output
      // is stretches of `data` copied as they are, cut where a space is dropped or a tab or
      // line break becomes ' '; each kept character's node offset goes into a typed array.
      const stretches: string[] = [];
      const offsets = new Uint32Array(data.length);
      let kept = 0;
      let copyFrom = 0;
      let space = atSpace;
      for (let i = 0; i < data.length; i++) {
        const c = data.charCodeAt(i);
        if (!isSpaceCode(c)) {
          space = false;
          offsets[kept++] = i;
          continue;
        }
        if (space) {
          // Collapsed away.
          if (i > copyFrom) stretches.push(data.slice(copyFrom, i));
          copyFrom = i + 1;
          continue;
        }
        space = true;
        offsets[kept++] = i;
        if (c !== 32) {
          if (i > copyFrom) stretches.push(data.slice(copyFrom, i));
          stretches.push(' ');
          copyFrom = i + 1;
        }
      }
      if (copyFrom < data.length) stretches.push(data.slice(copyFrom));
      out = stretches.join('');
      origin = offsets.subarray(0, kept);
    }
    if (out.length === 0) return;
    if (pendingBreak || blockStart < 0) {
      if (out === ' ') return; // whitespace between blocks
      closeBlock();
      if (length > 0) {
        pieces.push(BLOCK_SEPARATOR);
        length += BLOCK_SEPARATOR.length;
      }
      pendingBreak = false;
      pendingLineBreak = false;
      blockStart = length;
      blockKind = kind;
      if (out[0] === ' ') {
        out = out.slice(1);
        origin = typeof origin === 'number' ? origin + 1 : origin.subarray(1);
      }
    } else if (pendingLineBreak) {
      if (out === ' ') return; // white space after the <br>
      pendingLineBreak = false;
      pieces.push('\n');
      length += 1;
      if (out[0] === ' ') {
        out = out.slice(1);
        origin = typeof origin === 'number' ? origin + 1 : origin.subarray(1);
      }
    }
    pieces.push(out);
    segments.push({ node, start: length, end: length + out.length, origin });
    length += out.length;
    atSpace = out.endsWith(' ');
  };

  const breakHere = (): void => {
    pendingBreak = true;
    atSpace = true;
  };

  const holders = holdersOfArticle(scope);

  /**
   * The element's open shadow root, noted as read. Open roots only: `shadowRoot` is null for
   * closed ones, which stay unread and untouched; most tags cannot have one at all (not asked).
   */
  const noteShadowRoot = (el: Element, tag: string): ShadowRoot | null => {
    const shadow = canHostShadowRoot(tag) ? el.shadowRoot : null;
    if (shadow) shadowRoots.push(shadow);
    return shadow;
  };

  const readSubtree = function* (start: Element, startIncluded: boolean, startKind: BlockKind): Work<void> {
    const stack: Frame[] = [];
    pushChildren(stack, start, noteShadowRoot(start, start.localName), startIncluded, startKind, null);
    while (stack.length > 0) {
      if (++visited % NODES_PER_SLICE === 0) {
        yield;
        endMovedRuns(stack);
      }
      const frame = stack[stack.length - 1]!;
      const node = frame.next;
      if (!node) {
        stack.pop();
        frame.exit?.();
        continue;
      }
      frame.next = node.nextSibling;
      if (node.nodeType === 3) {
        if (frame.included || scope.keptText?.has(node as Text)) writeText(node as Text, frame.kind);
        continue;
      }
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      // The tag is read once and handed on: every DOM call counts in a walk over the article.
      const tag = el.localName;
      if (isSkippedElement(el, tag)) continue;
      // A line break inside a paragraph, not a new block: the engine's paragraph rules decide
      // (a line going on in lower case continues the sentence, as in hard-wrapped text).
      if (tag === 'br') {
        if (frame.included && blockStart >= 0 && !pendingBreak) pendingLineBreak = true;
        continue;
      }
      const included = el === scope.headline || (scope.decisions ? decide(el, tag, frame.included, scope.decisions, scope.articleNodes) : true);
      const inline = isInlineTag(tag);
      if (!included && !inline && holders && !holders.has(el)) {
        // As reading it would: a block boundary, and no text.
        breakHere();
        continue;
      }
      const kind = kindOf(el, tag, scope.headline) ?? frame.kind;
      let exit: (() => void) | null = null;
      const rawHref = tag === 'a' && included ? el.getAttribute('href') : null;
      if (!inline) {
        breakHere();
        exit = breakHere;
      } else if (rawHref !== null) {
        const firstSegment = segments.length;
        const href = resolveHref(rawHref, baseUrl);
        exit = () => {
          if (segments.length > firstSegment) {
            rawLinks.push({ start: segments[firstSegment]!.start, end: length, href });
          }
        };
      }
      pushChildren(stack, el, noteShadowRoot(el, tag), included, kind, exit);
    }
  };

  const { root, headline } = scope;
  const rootIncluded = scope.decisions ? decide(root, root.localName, false, scope.decisions, scope.articleNodes) : true;
  const headlineFirst = headline !== null && !root.contains(headline) && comesBefore(headline, root);
  if (headline && headlineFirst) yield* readSubtree(headline, true, 'headline');
  breakHere();
  yield* readSubtree(root, rootIncluded, 'body');
  breakHere();
  if (headline && !headlineFirst && !root.contains(headline)) yield* readSubtree(headline, true, 'headline');
  closeBlock();
  const text = pieces.join('');
  return { text, blocks, links: trimLinks(rawLinks, text), segments, shadowRoots };
}

/** Link spans without the spaces at their edges; empty ones dropped. */
function trimLinks(raw: TextLink[], text: string): TextLink[] {
  const links: TextLink[] = [];
  for (const link of raw) {
    let { start, end } = link;
    end = Math.min(end, text.length);
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) links.push({ start, end, href: link.href });
  }
  return links;
}

/** Index of the segment containing text offset `offset` (or the last one starting before it). */
function segmentIndexAt(segments: readonly Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function nodeOffset(segment: Segment, index: number): number {
  const i = index - segment.start;
  return typeof segment.origin === 'number' ? i + segment.origin : segment.origin[i]!;
}

/**
 * The page positions of text span [start, end): the start of its first character and the
 * end of its last. Null when the span lies in a block separator or outside the text.
 */
export function boundariesOf(map: TextMap, start: number, end: number): [Boundary, Boundary] | null {
  const { segments } = map;
  if (segments.length === 0 || end <= start) return null;
  let first = segmentIndexAt(segments, start);
  if (segments[first]!.end <= start) first++;
  const last = segmentIndexAt(segments, end - 1);
  const a = segments[first];
  const b = segments[last];
  if (!a || !b || first > last) return null;
  const from = Math.max(start, a.start);
  const to = Math.min(end, b.end);
  return [
    { node: a.node, offset: nodeOffset(a, from) },
    { node: b.node, offset: nodeOffset(b, to - 1) + 1 },
  ];
}
