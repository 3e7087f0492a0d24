/**
 * The pure parts of painting: our stylesheet added to and taken from a tree's adopted list
 * without disturbing the page's own sheets, the trees that need it, the CSS it holds, and the
 * element watched for a finding when only those near the viewport are painted.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowserModule } from '../settings/fake-browser';
import { parseDocument } from '../../../src/page/html-input';

vi.mock('../../../src/shared/browser', () => fakeBrowserModule());
const { PROBE_HIGHLIGHT, Painter, blockAround, highlightCss, shadowRootsHolding, withSheet, withoutSheet } = await import('../../../src/content/highlights');
const { DEFAULT_COLORS } = await import('../../../src/shared/settings');

describe('our sheet in an adopted list', () => {
  type Sheet = { name: string };
  const ours: Sheet = { name: 'sourcelight' };
  const [a, b, c]: Sheet[] = [{ name: 'a' }, { name: 'b' }, { name: 'c' }];

  it('is added last, once; a list that has it already is not written', () => {
    expect(withSheet([a, b], ours)).toEqual([a, b, ours]);
    expect(withSheet([], ours)).toEqual([ours]);
    expect(withSheet([a, ours, b], ours)).toBeNull();
  });

  it('is taken out wherever the page moved it, leaving the page sheets in their order', () => {
    // The page added c after ours while we were on, then reordered its list.
    expect(withoutSheet([a, b, ours, c], ours)).toEqual([a, b, c]);
    expect(withoutSheet([c, ours, a], ours)).toEqual([c, a]);
    // The page dropped ours itself: nothing to write back (its list is left exactly as it is).
    expect(withoutSheet([b, a], ours)).toBeNull();
  });

  it('round-trips to the very same sheets', () => {
    const page = [a, b, c];
    const on = withSheet(page, ours)!;
    const off = withoutSheet(on, ours)!;
    expect(off).toEqual(page);
    off.forEach((sheet, i) => expect(sheet).toBe(page[i]));
  });
});

describe('the trees that need our sheet', () => {
  it('are the shadow roots holding a range end: nested ones too, not the document', () => {
    const doc = parseDocument('<!doctype html><html><head></head><body><p id="light">light text</p><x-panel id="panel"></x-panel></body></html>');
    const panel = doc.getElementById('panel')!.attachShadow({ mode: 'open' });
    const inPanel = doc.createElement('p');
    inPanel.textContent = 'panel text';
    const note = doc.createElement('x-note');
    panel.append(inPanel, note);
    const nested = note.attachShadow({ mode: 'open' });
    const inNested = doc.createElement('p');
    inNested.textContent = 'nested text';
    nested.append(inNested);
    const light = doc.getElementById('light')!.firstChild!;
    const range = (start: Node, end: Node = start) => ({ startContainer: start, endContainer: end });

    expect(shadowRootsHolding([range(light)])).toEqual(new Set());
    expect(shadowRootsHolding([range(light), range(inPanel.firstChild!), range(inNested.firstChild!), range(inPanel.firstChild!)])).toEqual(
      new Set([panel, nested]),
    );
    // A range from the light tree into a shadow tree needs the sheet where it ends.
    expect(shadowRootsHolding([range(light, inNested.firstChild!)])).toEqual(new Set([nested]));
  });
});

describe('highlight CSS', () => {
  it('uses a stored colour, and the default for anything that is not one', () => {
    const colors = { ...DEFAULT_COLORS, hedge: '#123abc', certainty: 'red; } body { display: none' };
    const css = highlightCss({ style: 'background', colors });
    expect(css).toContain('::highlight(sourcelight-hedge) { background-color: color-mix(in srgb, #123abc 40%, transparent); }');
    expect(css).toContain(`::highlight(sourcelight-certainty) { background-color: color-mix(in srgb, ${DEFAULT_COLORS.certainty} 40%, transparent); }`);
    expect(css).not.toContain('display: none');
  });

  it('matches every element in the plain form, only the root (with the probe rule) in the root form', () => {
    const look = { style: 'both', colors: DEFAULT_COLORS } as const;
    const rules = (form: 'every' | 'root') => highlightCss(look, form).split('\n');
    expect(rules('every').every((rule) => rule.startsWith('::highlight(sourcelight-'))).toBe(true);
    expect(rules('root').every((rule) => rule.startsWith(':root::highlight(sourcelight-'))).toBe(true);
    // The same declarations either way; the root form adds the probe (see Painter.settleForm).
    expect(rules('root').map((rule) => rule.slice(':root'.length))).toEqual([...rules('every'), `::highlight(${PROBE_HIGHLIGHT}) { color: rgb(1, 2, 3); }`]);
  });
});

describe('the element watched for a finding (painting near the viewport)', () => {
  it('is the block around its text, past any inline markup; text straight in a shadow root stands by its host', () => {
    const doc = parseDocument('<!doctype html><html><head></head><body><div id="story"><p id="para">Officials <a href="/x"><em><b>allegedly</b></em></a> said</p><span id="loose">loose text</span></div><x-card id="card"></x-card></body></html>');
    const deep = doc.querySelector('b')!.firstChild!;
    expect(blockAround(deep)).toBe(doc.getElementById('para'));
    expect(blockAround(doc.getElementById('para')!.firstChild!)).toBe(doc.getElementById('para'));
    // An inline element straight in a block container: the container.
    expect(blockAround(doc.getElementById('loose')!.firstChild!)).toBe(doc.getElementById('story'));
    const root = doc.getElementById('card')!.attachShadow({ mode: 'open' });
    const own = doc.createTextNode('shadow text');
    const wrapped = doc.createElement('span');
    wrapped.textContent = 'wrapped';
    root.append(own, wrapped);
    expect(blockAround(own)).toBe(doc.getElementById('card'));
    expect(blockAround(wrapped.firstChild!)).toBe(doc.getElementById('card'));
  });
});

describe("the document sheet's rule form", () => {
  /** A browser's painting globals, just enough for a Painter: highlight styles inherit from the root when `inherits`. */
  function fakeBrowser(inherits: boolean): { sheetText: () => string; whenIdle: () => void } {
    class FakeSheet {
      text = '';
      replaceSync(css: string): void {
        this.text = css;
      }
    }
    const doc = { adoptedStyleSheets: [] as FakeSheet[], body: {} };
    vi.stubGlobal('CSSStyleSheet', FakeSheet);
    vi.stubGlobal('CSS', { highlights: new Map() });
    vi.stubGlobal('Highlight', class extends Set {});
    vi.stubGlobal('StaticRange', class {});
    vi.stubGlobal('document', doc);
    // The probe rule colours the root's highlight: the body sees it only where highlight styles inherit.
    vi.stubGlobal('getComputedStyle', (_el: unknown, pseudo: string) => ({ color: inherits && pseudo === `::highlight(${PROBE_HIGHLIGHT})` ? 'rgb(1, 2, 3)' : 'rgb(0, 0, 0)' }));
    const idle: Array<() => void> = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const whenIdle = () => idle.splice(0).forEach((callback) => callback());
    return { sheetText: () => doc.adoptedStyleSheets[0]?.text ?? '', whenIdle };
  }
  const look = { style: 'both', colors: DEFAULT_COLORS } as const;
  afterEach(() => vi.unstubAllGlobals());

  it('starts in the root form and keeps it where the body inherits highlight styles from the root', () => {
    const { sheetText, whenIdle } = fakeBrowser(true);
    const painter = new Painter();
    painter.adoptStyle(look);
    expect(sheetText()).toMatch(/^:root::highlight\(sourcelight-/);
    painter.paint(new Map(), look);
    whenIdle();
    expect(sheetText()).toMatch(/^:root::highlight\(sourcelight-/);
  });

  it('goes over to the plain form for good, once the page is idle after the first paint, where the body does not inherit', () => {
    const { sheetText, whenIdle } = fakeBrowser(false);
    const painter = new Painter();
    painter.adoptStyle(look);
    painter.paint(new Map(), look);
    // Not in the paint itself: the probe reads a computed style, which would force the page's pending restyle.
    expect(sheetText()).toMatch(/^:root::highlight\(sourcelight-/);
    whenIdle();
    expect(sheetText()).toMatch(/^::highlight\(sourcelight-/);
    expect(sheetText()).not.toContain(PROBE_HIGHLIGHT);
    // A new look later stays in the plain form.
    painter.paint(new Map(), { style: 'underline', colors: DEFAULT_COLORS });
    expect(sheetText()).toMatch(/^::highlight\(sourcelight-/);
  });
});
