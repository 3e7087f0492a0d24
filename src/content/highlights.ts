/**
 * Painting findings with the CSS Custom Highlight API: one `Highlight` per category, of
 * StaticRanges (live Ranges would slow every later DOM edit of the page), registered under
 * names no page would use. The `::highlight()` rules live in a constructed stylesheet
 * adopted by the document: no element is added to the page, and removing it from
 * `document.adoptedStyleSheets` leaves nothing behind.
 *
 * A plain `::highlight()` rule styles only text of its own tree (a stylesheet in our shadow
 * root could not reach the page's text). So a sheet of ours is also adopted by every open
 * shadow root that holds a painted finding, and taken out of each again on clear, leaving the
 * page's own sheets in the order the page has them then (it may have changed them meanwhile:
 * we only ever add or remove our one sheet).
 *
 * Adopting the document's sheet makes the page restyle: a plain `::highlight(x)` rule has an
 * implicit universal selector, so Chromium matches our rules against every element. Where
 * highlight styles inherit (CSS Highlight Inheritance: Chromium does, Firefox 153 does not),
 * `:root::highlight(x)` rules match one element and every other inherits them, in the
 * document's shadow trees too: every element is still restyled, but at the cost of any
 * restyle of them all (Chromium 156, the 5,000-paragraph test page, best of 12: ~27 ms plain,
 * ~17 ms in the root form, ~18 ms for `* { --x: 1px }`). So the document's sheet starts in that
 * form and, once the page is idle after the first highlights are painted, a probe rule tells
 * whether the body really inherits from the root. If not, the sheet goes over to the plain form
 * for good. The Firefox build starts in the plain form (see FIRST_FORM): a switch restyles the
 * page a second time.
 * Shadow roots always get the plain form, in a sheet of their own (`:root` matches nothing in a
 * shadow tree; restyling one is cheap).
 *
 * A page with more findings than NEAR_VIEWPORT_ABOVE gets only those near the viewport
 * registered (see Painter.paintNearViewport): Chromium's rendering update after a highlight
 * changes costs time in proportion to all the ranges registered (20,000 ranges on the
 * 5,000-paragraph test page made one rendering task of 100-250 ms), and so does every later
 * change, so adding them in batches would only repeat that cost. The findings themselves (badge,
 * popup, hover, keyboard steps) are all kept by the controller either way.
 */
import { CATEGORY_IDS, type CategoryId } from '../engine/types';
import { DEFAULT_COLORS, isHexColor, type HighlightStyle } from '../shared/settings';
import type { Work } from '../page/tasks';
import { NearViewportWatch } from './near-viewport';

export const HIGHLIGHT_PREFIX = 'sourcelight-';
/** The finding the card or a keyboard step is on. */
export const FOCUS_HIGHLIGHT = `${HIGHLIGHT_PREFIX}focus`;

export const highlightName = (category: CategoryId): string => `${HIGHLIGHT_PREFIX}${category}`;

/** The longest the form probe waits for the page to be idle (see Painter.settleFormWhenIdle). */
const FORM_PROBE_TIMEOUT_MS = 2_000;

/** More painted findings than this: only those near the viewport are registered. Articles have far fewer. */
export const NEAR_VIEWPORT_ABOVE = 1_000;

/** A finding to paint: its category and range. */
export type PaintItem = readonly [CategoryId, StaticRange];

/** Phrasing elements: a range's nearest ancestor that is none of these stands for it (fewer elements to watch). */
const INLINE_TAGS = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);

/** The element watched for a range: the block around its start (the shadow host for a shadow root's own text). */
export function blockAround(node: Node): Element | null {
  let element: Element | null = node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null);
  while (element && INLINE_TAGS.has(element.localName)) {
    const up: Element | null = element.parentElement ?? ((element.parentNode as ShadowRoot | null)?.host ?? null);
    if (!up) break;
    element = up;
  }
  return element;
}

export interface PaintStyle {
  style: HighlightStyle;
  colors: Record<CategoryId, string>;
}

/** A highlight no finding uses: styled on the root only, it tells whether the body inherits highlight styles. */
export const PROBE_HIGHLIGHT = `${HIGHLIGHT_PREFIX}probe`;
const PROBE_COLOR = 'rgb(1, 2, 3)';

/**
 * Which elements the rules match: every element (`::highlight(x)`), or only the root, for
 * browsers where the others inherit its highlight styles (`:root::highlight(x)`, with the probe rule).
 */
export type RuleForm = 'every' | 'root';

/**
 * The document sheet's form before the probe: Firefox (153) has no highlight inheritance, so
 * its build (vite's mode) starts and stays in the plain form, never restyling a page twice
 * (~10 ms each on the 5,000-paragraph test page); other builds start in the root form and probe.
 */
const FIRST_FORM: RuleForm = import.meta.env.MODE === 'firefox' ? 'every' : 'root';

/** The stylesheet's text. Colours are checked again here: they end up in CSS. */
export function highlightCss({ style, colors }: PaintStyle, form: RuleForm = 'every'): string {
  const on = form === 'root' ? ':root' : '';
  const rules = CATEGORY_IDS.map((category) => {
    const color = isHexColor(colors[category]) ? colors[category] : DEFAULT_COLORS[category];
    const declarations: string[] = [];
    if (style !== 'underline') declarations.push(`background-color: color-mix(in srgb, ${color} 40%, transparent)`);
    if (style !== 'background') {
      declarations.push(`text-decoration: underline 2px ${color}`, 'text-decoration-skip-ink: none', 'text-underline-offset: 2px');
    }
    return `${on}::highlight(${highlightName(category)}) { ${declarations.join('; ')}; }`;
  });
  rules.push(`${on}::highlight(${FOCUS_HIGHLIGHT}) { background-color: color-mix(in srgb, Highlight 55%, transparent); text-decoration: underline 3px currentColor; }`);
  if (form === 'root') rules.push(`:root::highlight(${PROBE_HIGHLIGHT}) { color: ${PROBE_COLOR}; }`);
  return rules.join('\n');
}

/** Whether this browser can paint at all; without it we analyse (badge, popup) but do not paint. */
export function canHighlight(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function' && typeof StaticRange === 'function';
}

/** Where a stylesheet can be adopted: the document or a shadow root. */
export interface StyleScope {
  adoptedStyleSheets: CSSStyleSheet[];
}

/** `sheets` with `ours` added last, or null when it is there already (nothing to write). */
export function withSheet<T>(sheets: readonly T[], ours: T): T[] | null {
  return sheets.includes(ours) ? null : [...sheets, ours];
}

/** `sheets` without `ours`, in their order, or null when it is not there (nothing to write). */
export function withoutSheet<T>(sheets: readonly T[], ours: T): T[] | null {
  return sheets.includes(ours) ? sheets.filter((sheet) => sheet !== ours) : null;
}

/**
 * The shadow roots holding the ranges' ends (an open root: only those are read). Ranges in
 * the document's own tree, or in light-DOM text slotted into a shadow tree, need none.
 */
export function shadowRootsHolding(ranges: Iterable<Pick<AbstractRange, 'startContainer' | 'endContainer'>>): Set<ShadowRoot> {
  const roots = new Set<ShadowRoot>();
  for (const range of ranges) {
    for (const node of [range.startContainer, range.endContainer]) {
      const root = node.getRootNode();
      if (root.nodeType === 11 && (root as ShadowRoot).host) roots.add(root as ShadowRoot);
    }
  }
  return roots;
}

/**
 * Read the list as it is now and write it back with or without our sheet, in one synchronous
 * step: the page's own sheets (and changes it made to them since) are kept as they are.
 */
function adoptInto(scope: StyleScope, sheet: CSSStyleSheet): void {
  const next = withSheet(scope.adoptedStyleSheets, sheet);
  if (next) scope.adoptedStyleSheets = next;
}

function removeFrom(scope: StyleScope, sheet: CSSStyleSheet): void {
  try {
    const next = withoutSheet(scope.adoptedStyleSheets, sheet);
    if (next) scope.adoptedStyleSheets = next;
  } catch {
    // The document is going away.
  }
}

/**
 * Whether the body inherits the root's highlight styles, read from our probe rule (run only
 * with the document's sheet in the root form adopted). A browser that cannot say (no computed
 * style for highlight pseudo-elements, or no body) counts as not inheriting: the plain form
 * paints everywhere.
 */
function bodyInheritsHighlights(): boolean {
  try {
    return document.body !== null && getComputedStyle(document.body, `::highlight(${PROBE_HIGHLIGHT})`).color === PROBE_COLOR;
  } catch {
    return false;
  }
}

export class Painter {
  /** The document's sheet, in `form`. */
  private sheet: CSSStyleSheet | null = null;
  /** The sheet of the page's shadow roots: always the plain form. */
  private shadowSheet: CSSStyleSheet | null = null;
  /** The document sheet's text: rewriting it, even unchanged, makes the page restyle every element. */
  private css = '';
  private shadowCss = '';
  /** The document sheet's rule form: FIRST_FORM until the probe has said (see bodyInheritsHighlights). */
  private form: RuleForm = FIRST_FORM;
  private formProbed = FIRST_FORM === 'every';
  /** The idle callback that will probe the form (see settleFormWhenIdle), 0 when none is pending. */
  private formProbe = 0;
  /** The look last applied: the probe's switch of form rewrites the sheet in it. */
  private look: PaintStyle | null = null;
  /** The page's shadow roots our sheet is adopted by (besides the document). */
  private readonly shadowRoots = new Set<ShadowRoot>();
  private flashTimer = 0;
  /** While painting near the viewport: the watch over the elements holding findings. */
  private nearWatch: NearViewportWatch | null = null;

  /** `onBusy`: told the time of each piece of work done outside a pass (the near-viewport updates). */
  constructor(private readonly onBusy: (ms: number) => void = () => undefined) {}

  /** One unregistered Highlight per category, filled in slices (yields every thousand ranges). */
  *build(ranges: ReadonlyArray<PaintItem>): Work<Map<CategoryId, Highlight>> {
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

  /**
   * Show exactly these highlights, per category (categories absent from the map are cleared).
   * `shadowRoots`: the shadow roots holding painted ranges (see shadowRootsHolding).
   */
  paint(byCategory: ReadonlyMap<CategoryId, Highlight>, look: PaintStyle, shadowRoots: Iterable<ShadowRoot> = []): void {
    if (!canHighlight()) return;
    this.stopNearViewport();
    this.applyStyle(look, shadowRoots);
    this.settleFormWhenIdle();
    for (const category of CATEGORY_IDS) {
      const highlight = byCategory.get(category);
      const name = highlightName(category);
      if (highlight && highlight.size > 0) CSS.highlights.set(name, highlight);
      else CSS.highlights.delete(name);
    }
  }

  /**
   * Group the items by the element that stands for each (see blockAround), in slices: the
   * input of paintNearViewport.
   */
  *groupByBlock(items: ReadonlyArray<PaintItem>): Work<Map<Element, PaintItem[]>> {
    const byBlock = new Map<Element, PaintItem[]>();
    for (let i = 0; i < items.length; i++) {
      if (i % 1000 === 999) yield;
      const item = items[i]!;
      const block = blockAround(item[1].startContainer);
      if (!block) continue;
      const list = byBlock.get(block);
      if (list) list.push(item);
      else byBlock.set(block, [item]);
    }
    return byBlock;
  }

  /**
   * Show the findings of the elements near the viewport (a NearViewportWatch adds them as they
   * come near and takes them out as they go), in one registered Highlight per category.
   * Replaced by the next paint, ended by clear().
   */
  paintNearViewport(byBlock: ReadonlyMap<Element, readonly PaintItem[]>, look: PaintStyle, shadowRoots: Iterable<ShadowRoot> = []): void {
    if (!canHighlight()) return;
    this.stopNearViewport();
    this.applyStyle(look, shadowRoots);
    this.settleFormWhenIdle();
    const highlights = new Map<CategoryId, Highlight>(CATEGORY_IDS.map((category) => [category, new Highlight()]));
    const show = (block: Element, shown: boolean) => {
      for (const [category, range] of byBlock.get(block) ?? []) {
        if (shown) highlights.get(category)!.add(range);
        else highlights.get(category)!.delete(range);
      }
    };
    this.nearWatch = new NearViewportWatch([...byBlock.keys()], {
      onChange: (came, went) => {
        for (const block of came) show(block, true);
        for (const block of went) show(block, false);
      },
      onBusy: this.onBusy,
    });
    // Filled in the next animation frame, before that frame is painted.
    for (const [category, highlight] of highlights) CSS.highlights.set(highlightName(category), highlight);
  }

  private stopNearViewport(): void {
    this.nearWatch?.stop();
    this.nearWatch = null;
  }

  /**
   * Our stylesheet in the document ahead of the highlights: adopting it makes the page restyle
   * every element (a whole-document style recalculation), which then comes in a rendering
   * update of its own instead of adding to the one that paints the highlights.
   */
  adoptStyle(look: PaintStyle): void {
    if (canHighlight()) this.applyStyle(look, []);
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

  /**
   * Our sheet, with this look, in the document and in these shadow roots. Checked on every
   * paint, so a page that replaced a list without our sheet gets it back on the next pass.
   */
  private applyStyle(look: PaintStyle, shadowRoots: Iterable<ShadowRoot>): void {
    this.look = look;
    let sheet = this.sheet;
    try {
      sheet ??= new CSSStyleSheet();
      const css = highlightCss(look, this.form);
      if (sheet !== this.sheet || css !== this.css) sheet.replaceSync(css);
      this.css = css;
      adoptInto(document, sheet);
    } catch {
      // No constructable stylesheets: highlights stay registered but unstyled (never a <style> in the page).
      return;
    }
    this.sheet = sheet;
    // Roots whose host left the page lose our sheet (and our reference to them).
    for (const root of this.shadowRoots) {
      if (root.host.isConnected) continue;
      if (this.shadowSheet) removeFrom(root, this.shadowSheet);
      this.shadowRoots.delete(root);
    }
    const roots = [...shadowRoots];
    // Once made, the shadow roots' sheet follows every change of look, needed or not this time.
    if (roots.length === 0 && !this.shadowSheet) return;
    const shadowSheet = (this.shadowSheet ??= new CSSStyleSheet());
    const shadowCss = highlightCss(look, 'every');
    if (shadowCss !== this.shadowCss) shadowSheet.replaceSync(shadowCss);
    this.shadowCss = shadowCss;
    for (const root of roots) {
      try {
        adoptInto(root, shadowSheet);
        this.shadowRoots.add(root);
      } catch {
        // A root that refuses (another document's sheet): its findings stay unstyled.
      }
    }
  }

  /**
   * Once the page is idle after the first highlights are shown: keep the root form if the body
   * inherits from the root, else rewrite the document's sheet in the plain form (once for this
   * page). Not in the paint itself: reading a computed style there made the page do its pending
   * restyle (the one adopting our sheet causes) inside our slice, a whole-document restyle on a
   * large page; at idle the page has restyled and the probe reads one element's style.
   */
  private settleFormWhenIdle(): void {
    if (this.formProbed || this.formProbe) return;
    this.formProbe = requestIdleCallback(() => {
      this.formProbe = 0;
      if (this.formProbed || !this.sheet || !this.look) return;
      const start = performance.now();
      this.formProbed = true;
      if (!bodyInheritsHighlights()) {
        this.form = 'every';
        this.applyStyle(this.look, []);
      }
      this.onBusy(performance.now() - start);
    }, { timeout: FORM_PROBE_TIMEOUT_MS });
  }

  /** Remove every highlight and our stylesheet (from the document and every shadow root). */
  clear(): void {
    clearTimeout(this.flashTimer);
    cancelIdleCallback(this.formProbe);
    this.formProbe = 0;
    this.stopNearViewport();
    removeOurHighlights();
    if (this.sheet) removeFrom(document, this.sheet);
    const shadowSheet = this.shadowSheet;
    if (shadowSheet) for (const root of this.shadowRoots) removeFrom(root, shadowSheet);
    this.shadowRoots.clear();
    this.sheet = null;
    this.shadowSheet = null;
    this.css = '';
    this.shadowCss = '';
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
