/**
 * Findings inside the page's open shadow roots (test/pages/content-shadow.html: an open root
 * with a nested open one, a declarative one, a closed one, and a component defined late):
 * painted with our styles (our sheet adopted by each root that needs it, and pixels that
 * change only where a finding is), hoverable, reachable by the keyboard steps, and, turned
 * off, every root's adoptedStyleSheets exactly as the page has them, the closed root never
 * touched.
 */
import { test, expect, type Ext, type ExtPage } from './harness';
import { cardOf, contentStats, ourTexts, send } from './content-stats';
import { differingPixels, screenshot } from './pixels';

const PAGE = 'content-shadow.html';
const OFF = { settings: { schemaVersion: 2, enabled: false, chunks: {} } };
const ON = { settings: { schemaVersion: 2, enabled: true, chunks: {} } };

/**
 * Runs in the page: each tree's adoptedStyleSheets, by name: the page's own sheets by the
 * names it keeps them under, ours as "sourcelight" (it holds our ::highlight rules).
 */
function adoptedSheets(): Record<'document' | 'panel' | 'note' | 'declared' | 'sealed', string[]> {
  const own = (window as unknown as { pageShadow: Record<string, unknown> }).pageShadow;
  const named = (sheets: readonly CSSStyleSheet[]) =>
    sheets.map((sheet) => {
      const name = Object.keys(own).find((key) => own[key] === sheet);
      if (name) return name;
      const ours = Array.from(sheet.cssRules).some((rule) => rule.cssText.includes('::highlight(sourcelight-hedge)'));
      return ours ? 'sourcelight' : 'unknown';
    });
  const panel = document.getElementById('panel')!.shadowRoot!;
  const note = panel.querySelector('story-note')!.shadowRoot!;
  const sealed = own.sealedRoot as ShadowRoot;
  return {
    document: named(document.adoptedStyleSheets),
    panel: named(panel.adoptedStyleSheets),
    note: named(note.adoptedStyleSheets),
    declared: named(document.getElementById('declared')!.shadowRoot!.adoptedStyleSheets),
    sealed: named(sealed.adoptedStyleSheets),
  };
}

/** Runs in the page: all text of the page, open and closed shadow trees included, in tree order. */
function composedText(): string {
  const sealed = (window as unknown as { pageShadow: { sealedRoot: ShadowRoot } }).pageShadow.sealedRoot;
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push((node as Text).data);
    const el = node as Element;
    if (el.localName === 'sourcelight-host') return;
    const root = el.localName === 'sealed-box' ? sealed : el.shadowRoot;
    if (root) walk(root);
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(document.body);
  return parts.join('|');
}

/** A word in a shadow tree: in the element with that id, or ('') in the root's own first text. */
type Word = { host: 'panel' | 'note' | 'declared' | 'sealed'; id: string; word: string };

/** Runs in the page: a word's box in the viewport, found inside the given shadow tree. */
function wordBox({ host, id, word }: Word): { x: number; y: number; width: number; height: number } {
  const own = (window as unknown as { pageShadow: { sealedRoot: ShadowRoot } }).pageShadow;
  const panel = document.getElementById('panel')!.shadowRoot!;
  const roots = {
    panel,
    note: panel.querySelector('story-note')!.shadowRoot!,
    declared: document.getElementById('declared')!.shadowRoot!,
    sealed: own.sealedRoot,
  };
  const root = roots[host];
  const text = (id ? root.getElementById(id)!.firstChild : root.firstChild) as Text;
  const start = text.data.indexOf(word);
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, start + word.length);
  const rect = range.getBoundingClientRect();
  return { x: Math.floor(rect.left), y: Math.floor(rect.top), width: Math.ceil(rect.width), height: Math.ceil(rect.height) };
}

async function openShadowPage(ext: Ext): Promise<ExtPage> {
  const page = await ext.newPage(ext.pageUrl(PAGE));
  await expect
    .poll(() => page.evaluate(ourTexts), { timeout: 20_000 })
    .toEqual(expect.arrayContaining(['allegedly', 'reportedly', 'Purportedly', 'ostensibly']));
  return page;
}

test('paints findings in open shadow roots (nested too) with our styles, never in a closed one', async ({ ext }) => {
  const page = await openShadowPage(ext);
  const texts = await page.evaluate(ourTexts);
  // The closed root's "supposedly" is neither read nor painted (nor the advert's, outside the article).
  expect(texts).not.toContain('supposedly');
  // Our sheet is adopted last by each open root holding a finding; the page's own stay, in order.
  expect(await page.evaluate(adoptedSheets)).toEqual({
    document: ['sourcelight'],
    panel: ['panelFont', 'panelBox', 'sourcelight'],
    note: ['noteSheet', 'sourcelight'],
    declared: ['sourcelight'],
    sealed: ['noteSheet'],
  });

  // Painted for real: the finding's pixels change with us on, the words around them do not.
  const words: Record<string, Word> = {
    shadowFinding: { host: 'panel', id: 'shadow-lead', word: 'reportedly' },
    nestedFinding: { host: 'note', id: 'nested-note', word: 'Purportedly' },
    shadowPlain: { host: 'panel', id: 'shadow-plain', word: 'employs' },
    closed: { host: 'sealed', id: 'sealed-text', word: 'supposedly' },
  };
  await page.evaluate(() => document.getElementById('panel')!.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await page.mouse.move(2, 2);
  const boxes = Object.fromEntries(await Promise.all(Object.entries(words).map(async ([name, word]) => [name, await page.evaluate(wordBox, word)] as const)));
  for (const box of Object.values(boxes)) {
    expect(box.width).toBeGreaterThan(10);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
  }
  const on = await screenshot(page, 'shadow-on');
  await ext.setStorageSync(OFF);
  await expect.poll(() => page.evaluate(ourTexts)).toEqual([]);
  const off = await screenshot(page, 'shadow-off');
  const diff = await differingPixels(ext, on, off, boxes);
  expect(diff.shadowFinding).toBeGreaterThan((boxes.shadowFinding!.width * boxes.shadowFinding!.height) / 4);
  expect(diff.nestedFinding).toBeGreaterThan((boxes.nestedFinding!.width * boxes.nestedFinding!.height) / 4);
  expect(diff.shadowPlain).toBe(0);
  expect(diff.closed).toBe(0);
  expect((await contentStats(ext, page)).errors).toEqual([]);
  expect(ext.pageErrors(page)).toEqual([]);
  expect(ext.outsideRequests()).toEqual([]);
});

test('hover shows the card for a finding in a shadow root; keyboard steps reach them in text order', async ({ ext }) => {
  const page = await openShadowPage(ext);
  await ext.hoverHighlight(page, 'reportedly');
  await expect.poll(async () => (await cardOf(ext, page))?.phrase).toBe('“reportedly”');
  await ext.hoverHighlight(page, 'Purportedly');
  await expect.poll(async () => (await cardOf(ext, page))?.phrase).toBe('“Purportedly”');
  await page.keyboard.press('Escape');
  await page.mouse.move(2, 2);
  await expect.poll(() => cardOf(ext, page)).toBeNull();

  const painted = (await page.evaluate(ourTexts)).length;
  expect(await page.evaluate(() => document.documentElement.scrollHeight > innerHeight + 500)).toBe(true);
  const shadowWords: Record<string, Word> = {
    '“reportedly”': { host: 'panel', id: 'shadow-lead', word: 'reportedly' },
    '“Purportedly”': { host: 'note', id: 'nested-note', word: 'Purportedly' },
    // Text right under a shadow root: the step scrolls its host into view (the text has no parent element).
    '“ostensibly”': { host: 'declared', id: '', word: 'ostensibly' },
  };
  const stepped: string[] = [];
  for (let i = 1; i <= painted; i++) {
    // From the bottom of the page: the step must scroll its finding into view.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await send(ext, page, { kind: 'toContent/command', command: 'next-finding' });
    await expect.poll(async () => (await cardOf(ext, page))?.position).toBe(`${i} / ${painted}`);
    const phrase = (await cardOf(ext, page))!.phrase;
    stepped.push(phrase);
    const word = shadowWords[phrase];
    if (word) {
      const box = await page.evaluate(wordBox, word);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(900);
    }
  }
  // In text order: the light paragraph's finding, then the open root's, then the nested root's.
  const [light, shadow, nested, declared] = ['“allegedly”', '“reportedly”', '“Purportedly”', '“ostensibly”'].map((phrase) => stepped.indexOf(phrase));
  expect(light).toBe(0);
  expect(shadow).toBeGreaterThan(light!);
  expect(nested).toBeGreaterThan(shadow!);
  expect(declared).toBeGreaterThan(nested!);
  // Stepping back from the first wraps to the last.
  await send(ext, page, { kind: 'toContent/command', command: 'next-finding' });
  await send(ext, page, { kind: 'toContent/command', command: 'previous-finding' });
  await expect.poll(async () => (await cardOf(ext, page))?.position).toBe(`${painted} / ${painted}`);
});

test('turned off, every shadow root has exactly the sheets the page gave it; the text is unchanged', async ({ ext }) => {
  const url = ext.pageUrl(PAGE);
  const plain = await ext.plainPage(url);
  const plainInnerText = await plain.evaluate(() => document.body.innerText);
  const plainText = await plain.evaluate(composedText);
  const plainSheets = await plain.evaluate(adoptedSheets);
  expect(plainSheets).toEqual({ document: [], panel: ['panelFont', 'panelBox'], note: ['noteSheet'], declared: [], sealed: ['noteSheet'] });

  const page = await openShadowPage(ext);
  expect(await page.evaluate(() => document.body.innerText)).toBe(plainInnerText);
  expect(await page.evaluate(composedText)).toBe(plainText);
  // While we are on, the page changes its roots' sheets: one more sheet after ours, and a list
  // rewritten without ours. Turning off must keep both as the page left them.
  await page.evaluate(() => {
    const own = (window as unknown as { pageShadow: Record<string, CSSStyleSheet> }).pageShadow;
    own.extra = new CSSStyleSheet();
    own.extra.replaceSync('.lead { letter-spacing: 0; }');
    const panel = document.getElementById('panel')!.shadowRoot!;
    panel.adoptedStyleSheets = [...panel.adoptedStyleSheets, own.extra];
    const note = panel.querySelector('story-note')!.shadowRoot!;
    note.adoptedStyleSheets = [own.extra, own.noteSheet!];
  });
  expect(await page.evaluate(adoptedSheets)).toMatchObject({ panel: ['panelFont', 'panelBox', 'sourcelight', 'extra'] });

  await ext.setStorageSync(OFF);
  await expect.poll(() => page.evaluate(ourTexts)).toEqual([]);
  await expect.poll(() => page.evaluate(() => document.querySelectorAll('sourcelight-host').length)).toBe(0);
  expect(await page.evaluate(adoptedSheets)).toEqual({
    document: [],
    panel: ['panelFont', 'panelBox', 'extra'],
    note: ['extra', 'noteSheet'],
    declared: [],
    sealed: ['noteSheet'],
  });
  expect(await page.evaluate(() => document.body.innerText)).toBe(plainInnerText);
  expect(await page.evaluate(composedText)).toBe(plainText);

  // On again: painted again, our sheet back in each root after the page's.
  await ext.setStorageSync(ON);
  await expect.poll(() => page.evaluate(ourTexts)).toEqual(expect.arrayContaining(['reportedly', 'Purportedly', 'ostensibly']));
  expect(await page.evaluate(adoptedSheets)).toEqual({
    document: ['sourcelight'],
    panel: ['panelFont', 'panelBox', 'extra', 'sourcelight'],
    note: ['extra', 'noteSheet', 'sourcelight'],
    declared: ['sourcelight'],
    sealed: ['noteSheet'],
  });
  expect(ext.pageErrors(page)).toEqual([]);
});

test('components inserted or defined after the first pass, and text added inside an open root, are read and painted', async ({ ext }) => {
  const page = await openShadowPage(ext);
  expect(await page.evaluate(ourTexts)).not.toContain('apparently');
  const purportedly = async () => (await page.evaluate(ourTexts)).filter((text) => text === 'Purportedly').length;
  expect(await purportedly()).toBe(1);
  // A component inserted into the article: the light DOM's mutation leads to a pass that reads its root.
  await page.evaluate(() => (window as unknown as { appendNote(): void }).appendNote());
  await expect.poll(purportedly).toBe(2);
  // A mutation inside an open shadow root: no observer of the light DOM sees it.
  await page.evaluate(() => (window as unknown as { extendPanel(): void }).extendPanel());
  await expect.poll(() => page.evaluate(ourTexts)).toContain('Arguably');
  // A custom element defined now: the upgrade attaches its shadow root without any mutation record.
  await page.evaluate(() => (window as unknown as { defineLateNote(): void }).defineLateNote());
  await expect.poll(() => page.evaluate(ourTexts), { timeout: 15_000 }).toContain('apparently');
  // Both new roots got our sheet (after the page's own), so their findings are painted.
  const ours = await page.evaluate(() => {
    const isOurs = (sheet: CSSStyleSheet) => Array.from(sheet.cssRules).some((rule) => rule.cssText.includes('::highlight(sourcelight-hedge)'));
    const inserted = document.querySelector('#article-body > story-note')!.shadowRoot!;
    const late = document.getElementById('late')!.shadowRoot!;
    return { inserted: inserted.adoptedStyleSheets.map(isOurs), late: late.adoptedStyleSheets.map(isOurs) };
  });
  expect(ours).toEqual({ inserted: [false, true], late: [true] });
  expect((await contentStats(ext, page)).errors).toEqual([]);
  expect(ext.pageErrors(page)).toEqual([]);
});
