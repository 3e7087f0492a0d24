/**
 * Findings placed on the page: each finding of the report with its StaticRange, and the way
 * back from a point under the pointer to the finding there (hit-testing through the caret
 * position, so no element is ever wrapped around a phrase).
 */
import type { Finding } from '../engine/types';
import { boundariesOf, type Segment, type TextMap } from '../page/text-map';
import type { Work } from '../page/tasks';

export interface PlacedFinding {
  /** Index into the report's findings (what the popup's `revealFinding` uses). */
  index: number;
  finding: Finding;
  range: StaticRange;
}

/** StaticRanges for the findings (yields every thousand), in text order. */
export function* placeFindings(map: TextMap, findings: readonly Finding[]): Work<PlacedFinding[]> {
  const placed: PlacedFinding[] = [];
  for (let index = 0; index < findings.length; index++) {
    if (index % 1000 === 999) yield;
    const finding = findings[index]!;
    const bounds = boundariesOf(map, finding.start, finding.end);
    if (!bounds) continue;
    const [from, to] = bounds;
    const range = new StaticRange({ startContainer: from.node, startOffset: from.offset, endContainer: to.node, endOffset: to.offset });
    placed.push({ index, finding, range });
  }
  placed.sort((a, b) => a.finding.start - b.finding.start || a.finding.end - b.finding.end);
  return placed;
}

/** A StaticRange as a live Range, if the page has not pulled its nodes away since. */
export function liveRange(range: StaticRange): Range | null {
  const { startContainer, startOffset, endContainer, endOffset } = range;
  if (!startContainer.isConnected || !endContainer.isConnected) return null;
  if (startOffset > (startContainer as Text).length || endOffset > (endContainer as Text).length) return null;
  const live = document.createRange();
  try {
    live.setStart(startContainer, startOffset);
    live.setEnd(endContainer, endOffset);
  } catch {
    return null;
  }
  return live;
}

/**
 * The caret position under a viewport point (Firefox and Chromium ≥ 128, else the older WebKit
 * call). A position inside a shadow tree is reported only for the roots named in
 * `shadowRoots`; for any other it is moved out to the host (so the old call, which takes no
 * roots, never finds text inside a shadow tree).
 */
function caretAt(x: number, y: number, shadowRoots: readonly ShadowRoot[]): { node: Node; offset: number } | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = shadowRoots.length > 0 ? doc.caretPositionFromPoint(x, y, { shadowRoots: [...shadowRoots] }) : doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

function pointInRects(range: Range, x: number, y: number): boolean {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

/** Text offset of a node position, through the map's segments. */
function textOffsetOf(segment: Segment, nodeOffset: number): number {
  const { origin, start } = segment;
  if (typeof origin === 'number') return start + nodeOffset - origin;
  let lo = 0;
  let hi = origin.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (origin[mid]! < nodeOffset) lo = mid + 1;
    else hi = mid;
  }
  return start + lo;
}

/** Finds the placed finding under a point; built once per analysis. */
export class HitTester {
  private readonly segments = new Map<Text, Segment>();
  /** The open shadow roots the text was read from: the caret may be reported inside them. */
  private readonly shadowRoots: readonly ShadowRoot[];

  constructor(
    map: TextMap,
    private readonly placed: readonly PlacedFinding[],
  ) {
    for (const segment of map.segments) this.segments.set(segment.node, segment);
    this.shadowRoots = map.shadowRoots;
  }

  at(x: number, y: number): PlacedFinding | null {
    const caret = caretAt(x, y, this.shadowRoots);
    if (!caret || caret.node.nodeType !== 3) return null;
    const segment = this.segments.get(caret.node as Text);
    if (!segment) return null;
    const offset = textOffsetOf(segment, caret.offset);
    // The caret sits between characters: look at findings touching the offset, confirm by geometry.
    let hi = this.placed.length - 1;
    let lo = 0;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.placed[mid]!.finding.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    let best: PlacedFinding | null = null;
    for (let i = lo; i >= 0 && i > lo - 32; i--) {
      const candidate = this.placed[i]!;
      const { start, end } = candidate.finding;
      if (start > offset || end < offset) continue;
      if (best && end - start >= best.finding.end - best.finding.start) continue;
      const range = liveRange(candidate.range);
      if (range && pointInRects(range, x, y)) best = candidate;
    }
    return best;
  }
}
