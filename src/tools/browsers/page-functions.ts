/**
 * Functions that run inside a page (passed to `evaluate`): they travel as source, so each
 * is self-contained and uses only its parameter and the page's globals.
 */
import type { HighlightRange } from './types';

/** Runs in the page: every registered highlight range, described. */
export function readHighlights(): HighlightRange[] {
  const describe = (el: Element) =>
    el.localName + (el.id ? `#${el.id}` : '') + [...el.classList].map((c) => `.${c}`).join('');
  const out: HighlightRange[] = [];
  for (const [name, highlight] of CSS.highlights) {
    for (const r of highlight as Highlight) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const common = range.commonAncestorContainer;
      const ancestors: string[] = [];
      for (let el = common instanceof Element ? common : common.parentElement; el; el = el.parentElement) {
        ancestors.push(describe(el));
      }
      const closest = (common instanceof Element ? common : common.parentElement)?.closest('[id]');
      out.push({ name, text: range.toString(), ancestors, closestId: closest?.id ?? '' });
    }
  }
  return out;
}

/** Runs in the page: scrolls the first range covering `text` to the middle, returns its centre. */
export function pointAtHighlight(text: string): { x: number; y: number } | null {
  for (const [, highlight] of CSS.highlights) {
    for (const r of highlight as Highlight) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      if (range.toString() !== text) continue;
      const parent = range.startContainer.parentElement;
      parent?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const rect = range.getClientRects()[0];
      if (!rect) return null;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
  }
  return null;
}

/** Runs in the page: whether at least `min` ranges are registered in CSS.highlights. */
export function hasHighlights(min: number): boolean {
  let total = 0;
  for (const highlight of CSS.highlights.values()) total += highlight.size;
  return total >= min;
}
