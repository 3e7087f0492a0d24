/**
 * Painting findings with the CSS Custom Highlight API: one `Highlight` per category, of
 * StaticRanges (live Ranges would slow every later DOM edit of the page), registered under
 * names no page would use. The `::highlight()` rules live in one constructed stylesheet
 * adopted by the document: no element is added to the page, and removing it from
 * `document.adoptedStyleSheets` leaves nothing behind. (A stylesheet inside our shadow root
 * could not reach the page's text: `::highlight()` styles only its own tree.)
 */
import { CATEGORY_IDS, type CategoryId } from '../engine/types';
import { DEFAULT_COLORS, type HighlightStyle } from '../shared/settings';
import type { Work } from '../page/tasks';

export const HIGHLIGHT_PREFIX = 'sourcelight-';
/** The finding the card or a keyboard step is on. */
export const FOCUS_HIGHLIGHT = `${HIGHLIGHT_PREFIX}focus`;

export const highlightName = (category: CategoryId): string => `${HIGHLIGHT_PREFIX}${category}`;

const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

export interface PaintStyle {
  style: HighlightStyle;
  colors: Record<CategoryId, string>;
}

/** The stylesheet's text. Colours are checked again here: they end up in CSS. */
export function highlightCss({ style, colors }: PaintStyle): string {
  const rules = CATEGORY_IDS.map((category) => {
    const color = HEX_COLOR.test(colors[category] ?? '') ? colors[category] : DEFAULT_COLORS[category];
    const declarations: string[] = [];
    if (style !== 'underline') declarations.push(`background-color: color-mix(in srgb, ${color} 40%, transparent)`);
    if (style !== 'background') {
      declarations.push(`text-decoration: underline 2px ${color}`, 'text-decoration-skip-ink: none', 'text-underline-offset: 2px');
    }
    return `::highlight(${highlightName(category)}) { ${declarations.join('; ')}; }`;
  });
  rules.push(`::highlight(${FOCUS_HIGHLIGHT}) { background-color: color-mix(in srgb, Highlight 55%, transparent); text-decoration: underline 3px currentColor; }`);
  return rules.join('\n');
}

/** Whether this browser can paint at all; without it we analyse (badge, popup) but do not paint. */
export function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function' && typeof StaticRange === 'function';
}

export class Painter {
  private sheet: CSSStyleSheet | null = null;
  private flashTimer = 0;

  /** One unregistered Highlight per category, filled in slices (yields every thousand ranges). */
  *build(ranges: ReadonlyArray<readonly [CategoryId, StaticRange]>): Work<Map<CategoryId, Highlight>> {
    const byCategory = new Map<CategoryId, Highlight>();
    if (!canHighlight()) return byCategory;
    for (let i = 0; i < ranges.length; i++) {
      if (i % 1000 === 999) yield;
      const [category, range] = ranges[i]!;
      let highlight = byCategory.get(category);
      if (!highlight) byCategory.set(category, (highlight = new Highlight()));
      highlight.add(range);
    }
    return byCategory;
  }

  /** Show exactly these highlights, per category (categories absent from the map are cleared). */
  paint(byCategory: ReadonlyMap<CategoryId, Highlight>, look: PaintStyle): void {
    if (!canHighlight()) return;
    this.applyStyle(look);
    for (const category of CATEGORY_IDS) {
      const highlight = byCategory.get(category);
      const name = highlightName(category);
      if (highlight && highlight.size > 0) CSS.highlights.set(name, highlight);
      else CSS.highlights.delete(name);
    }
  }

  /** Mark one finding as the current one; `flashMs` removes the mark after a while. */
  focus(range: StaticRange | null, flashMs = 0): void {
    if (!canHighlight()) return;
    clearTimeout(this.flashTimer);
    if (!range) {
      CSS.highlights.delete(FOCUS_HIGHLIGHT);
      return;
    }
    const highlight = new Highlight(range);
    highlight.priority = 1;
    CSS.highlights.set(FOCUS_HIGHLIGHT, highlight);
    if (flashMs > 0) this.flashTimer = window.setTimeout(() => CSS.highlights.delete(FOCUS_HIGHLIGHT), flashMs);
  }

  private applyStyle(look: PaintStyle): void {
    const css = highlightCss(look);
    try {
      if (!this.sheet) {
        this.sheet = new CSSStyleSheet();
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
      }
      this.sheet.replaceSync(css);
    } catch {
      // No constructable stylesheets: highlights stay registered but unstyled (never a <style> in the page).
      this.sheet = null;
    }
  }

  /** Remove every highlight and our stylesheet. */
  clear(): void {
    clearTimeout(this.flashTimer);
    removeOurHighlights();
    if (this.sheet) {
      const sheet = this.sheet;
      try {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      } catch {
        // The document is going away.
      }
      this.sheet = null;
    }
  }
}

/**
 * Every highlight we register, also ones a previous instance left behind. By name, not by
 * iterating the registry: Firefox cannot hand a content script an iterator over the page's
 * registry ("Xray wrapping of iterators not supported").
 */
export function removeOurHighlights(): void {
  if (!canHighlight()) return;
  for (const category of CATEGORY_IDS) CSS.highlights.delete(highlightName(category));
  CSS.highlights.delete(FOCUS_HIGHLIGHT);
}

/** Whether an adopted stylesheet is one of ours (any instance's): its first rule styles one of our highlights. */
const isOurSheet = (sheet: CSSStyleSheet): boolean => {
  try {
    return sheet.cssRules[0]?.cssText.includes(`::highlight(${HIGHLIGHT_PREFIX}`) ?? false;
  } catch {
    return false;
  }
};

/**
 * The stylesheets an instance that could not clean up left adopted (Firefox destroys a removed
 * or updated add-on's content scripts outright). The page's array is replaced only if one is there.
 */
export function removeOurStylesheets(): void {
  try {
    const sheets = document.adoptedStyleSheets;
    if (sheets.some(isOurSheet)) document.adoptedStyleSheets = sheets.filter((sheet) => !isOurSheet(sheet));
  } catch {
    // No constructable stylesheets: nothing of ours can be there.
  }
}
