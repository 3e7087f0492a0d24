/**
 * The content script's life on a page (test/pages/content-live.html): what it paints and
 * where, the card by hover, keyboard and popup, turning off and on, a rule turned off from
 * the card, and a page that changes (read more, lazy paragraph, single-page-app navigation).
 */
import { test, expect, type Ext, type ExtPage } from './harness';
import { cardOf, contentStats, ourTexts, send, waitForCard } from './content-stats';
import { differingPixels, screenshot, type Box } from './pixels';

const PAGE = 'content-live.html';

/** Runs in the page: the DOM as markup, without our host (the one element we may add). */
function pageMarkup(): string {
  const clone = document.documentElement.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('sourcelight-host').forEach((host) => host.remove());
  return new XMLSerializer().serializeToString(clone);
}

/** Runs in the page: whether our ::highlight() stylesheet is adopted by the document. */
function hasOurStylesheet(): boolean {
  return document.adoptedStyleSheets.some((sheet) =>
    Array.from(sheet.cssRules).some((rule) => rule.cssText.includes('::highlight(sourcelight-hedge)')),
  );
}

async function openLive(ext: Ext): Promise<ExtPage> {
  const page = await ext.newPage(ext.pageUrl(PAGE));
  await expect.poll(() => page.evaluate(ourTexts), { timeout: 20_000 }).toContain('allegedly');
  return page;
}

test('paints only the article, with an adopted stylesheet and one host outside <body>', async ({ ext }) => {
  const page = await openLive(ext);
  const ranges = (await ext.highlights(page)).filter((r) => r.name.startsWith('sourcelight-'));
  expect(ranges.length).toBeGreaterThanOrEqual(10);
  for (const range of ranges) {
    expect(range.ancestors.some((a) => a.startsWith('div#article-body') || a.startsWith('h1#headline'))).toBe(true);
  }
  // Named sources are not painted unless asked for.
  expect(ranges.map((r) => r.text)).not.toContain('said Maria Lopez');
  // One span across an inline link is one phrase; the ad, the comment and the nav are left alone.
  expect(ranges.map((r) => r.text)).toContain('reportedly');
  expect(ranges.some((r) => r.ancestors.some((a) => /^(aside|footer|nav|header)/.test(a)))).toBe(false);
  expect(await page.evaluate(hasOurStylesheet)).toBe(true);
  const hosts = await page.evaluate(() =>
    Array.from(document.querySelectorAll('sourcelight-host')).map((h) => ({ parent: h.parentElement?.localName, inBody: document.body.contains(h) })),
  );
  expect(hosts).toEqual([{ parent: 'html', inBody: false }]);
  expect(ext.outsideRequests()).toEqual([]);
});

/** Runs in the page: the box of a word in the element with this id (its first occurrence in the element's text, inline markup included). */
function wordBox({ id, word }: { id: string; word: string }): Box {
  const walker = document.createTreeWalker(document.getElementById(id)!, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
    const start = text.data.indexOf(word);
    if (start < 0) continue;
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + word.length);
    const rect = range.getBoundingClientRect();
    return { x: Math.floor(rect.left), y: Math.floor(rect.top), width: Math.ceil(rect.width), height: Math.ceil(rect.height) };
  }
  throw new Error(`no "${word}" in #${id}`);
}

/** Runs in the page: the selector part of our document sheet's first rule (which elements the rules match). */
function ourRuleSelector(): string {
  const sheet = document.adoptedStyleSheets.find((s) => Array.from(s.cssRules).some((r) => r.cssText.includes('::highlight(sourcelight-hedge)')));
  return sheet?.cssRules[0]?.cssText.split('{')[0]!.trim() ?? '';
}

test('findings in the page\'s own text are painted for real, inside inline markup too', async ({ ext }) => {
  const page = await openLive(ext);
  const selector = await page.evaluate(ourRuleSelector);
  await page.mouse.move(2, 2);
  const boxes = {
    inEm: await page.evaluate(wordBox, { id: 'p1', word: 'allegedly' }),
    inLink: await page.evaluate(wordBox, { id: 'p2', word: 'reportedly' }),
    plain: await page.evaluate(wordBox, { id: 'p1', word: 'harbour' }),
  };
  for (const box of Object.values(boxes)) {
    expect(box.width).toBeGreaterThan(10);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
  }
  const on = await screenshot(page, 'live-on');
  await ext.setStorageSync({ settings: { schemaVersion: 2, enabled: false, chunks: {} } });
  await expect.poll(() => page.evaluate(ourTexts)).toEqual([]);
  const off = await screenshot(page, 'live-off');
  const diff = await differingPixels(ext, on, off, boxes);
  expect(diff.inEm).toBeGreaterThan((boxes.inEm.width * boxes.inEm.height) / 4);
  expect(diff.inLink).toBeGreaterThan((boxes.inLink.width * boxes.inLink.height) / 4);
  expect(diff.plain).toBe(0);
  // Which form of the rules the document got: where the body inherits highlight styles from the
  // root (Chromium's highlight inheritance) only the root is matched, a cheaper restyle; Firefox
  // 153 does not inherit them, so there every element is.
  expect(selector).toMatch(ext.kind === 'chromium' ? /^:root::highlight\(sourcelight-/ : /^::highlight\(sourcelight-/);
  expect(ext.pageErrors(page)).toEqual([]);
});

test('keyboard steps through findings with the card; Escape closes it; the popup can reveal one', async ({ ext }) => {
  const page = await openLive(ext);
  const painted = (await page.evaluate(ourTexts)).length;

  await send(ext, page, { kind: 'toContent/command', command: 'next-finding' });
  const first = await waitForCard(ext, page);
  expect(first.position).toBe(`1 / ${painted}`);
  expect(first.phrase).toBe('“allegedly”');
  expect(first.announced).toContain('allegedly');

  await send(ext, page, { kind: 'toContent/command', command: 'next-finding' });
  await expect.poll(async () => (await cardOf(ext, page))?.position).toBe(`2 / ${painted}`);
  await send(ext, page, { kind: 'toContent/command', command: 'previous-finding' });
  await expect.poll(async () => (await cardOf(ext, page))?.position).toBe(`1 / ${painted}`);

  await page.keyboard.press('Escape');
  await expect.poll(() => cardOf(ext, page)).toBeNull();

  const report = (await send(ext, page, { kind: 'toContent/getReport' })) as { findings: Array<{ text: string; start: number; end: number; rule: string }> };
  const index = report.findings.findIndex((f) => f.text === 'it remains to be seen');
  expect(index).toBeGreaterThanOrEqual(0);
  const { start, end, rule } = report.findings[index]!;
  expect(await send(ext, page, { kind: 'toContent/revealFinding', index, start, end, rule })).toBe(true);
  await expect.poll(async () => (await cardOf(ext, page))?.phrase).toBe('“it remains to be seen”');
  // The revealed finding is scrolled into the viewport.
  const inView = await page.evaluate(() => {
    const p = document.getElementById('p4')!.getBoundingClientRect();
    return p.bottom > 0 && p.top < innerHeight;
  });
  expect(inView).toBe(true);
});

test('turned off, the page is exactly as without us; turned on, the highlights come back', async ({ ext }) => {
  const url = ext.pageUrl(PAGE);
  const plain = await (await ext.plainPage(url)).evaluate(pageMarkup);
  const page = await openLive(ext);
  // On: the DOM apart from our host is untouched.
  expect(await page.evaluate(pageMarkup)).toBe(plain);

  await ext.setStorageSync({ settings: { schemaVersion: 2, enabled: false, chunks: {} } });
  await expect.poll(() => page.evaluate(ourTexts)).toEqual([]);
  await expect.poll(() => page.evaluate(() => document.querySelectorAll('sourcelight-host').length)).toBe(0);
  expect(await page.evaluate(hasOurStylesheet)).toBe(false);
  expect(await page.evaluate(pageMarkup)).toBe(plain);
  expect(await page.evaluate(() => new XMLSerializer().serializeToString(document.documentElement))).toBe(plain);

  await ext.setStorageSync({ settings: { schemaVersion: 2, enabled: true, chunks: {} } });
  await expect.poll(() => page.evaluate(ourTexts)).toContain('allegedly');
});

test("the card's 'turn off this rule' stores the choice and removes that rule's marks", async ({ ext }) => {
  const page = await openLive(ext);
  await ext.hoverHighlight(page, 'allegedly');
  const card = await waitForCard(ext, page);
  expect(card.phrase).toBe('“allegedly”');
  // A real click on the button's box turns the rule off (page scripts cannot reach the button: see content-card.spec.ts).
  const { box } = card.buttons['turn-off'];
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect
    .poll(async () => ((await ext.storageSync()).settings as { rules?: Record<string, boolean> } | undefined)?.rules)
    .toMatchObject({ 'hedge-allegedly': false });
  await expect.poll(() => page.evaluate(ourTexts)).not.toContain('allegedly');
  await expect.poll(() => page.evaluate(ourTexts)).toContain('reportedly');
});

test('a page that changes: read more, a lazy paragraph, a single-page-app navigation', async ({ ext }) => {
  const page = await openLive(ext);
  await page.click('#more');
  await expect.poll(() => page.evaluate(ourTexts)).toContain('Purportedly');

  await page.evaluate(() =>
    (window as unknown as { appendParagraph(id: string, text: string): void }).appendParagraph(
      'p8',
      'Officials said the figures were undoubtedly inflated, but the claim has not been verified by anyone outside the council.',
    ),
  );
  await expect.poll(() => page.evaluate(ourTexts)).toContain('undoubtedly');

  await page.evaluate(() => (window as unknown as { spaNavigate(): void }).spaNavigate());
  await expect.poll(() => page.evaluate(ourTexts), { timeout: 15_000 }).toContain('supposedly');
  expect(await page.evaluate(ourTexts)).not.toContain('allegedly');
  const report = (await send(ext, page, { kind: 'toContent/getReport' })) as { url: string; text: string };
  expect(report.url).toContain('?story=2');
  expect(report.text).toContain('Ferry service to be cut');
  const stats = await contentStats(ext, page);
  expect(stats.errors).toEqual([]);
  expect(stats.passes).toBeGreaterThanOrEqual(3);
  expect(stats.busyMs).toBeGreaterThan(0);
  expect(stats.cachedChunks).toBeGreaterThan(0);
  // Our timings stay ours: nothing on the page's performance timeline for its scripts to read.
  expect(await page.evaluate(() => performance.getEntries().filter((e) => e.name.startsWith('sourcelight')).map((e) => e.name))).toEqual([]);
  expect(ext.outsideRequests()).toEqual([]);
});

test('a single-page-app navigation away from the article clears its marks and its badge', async ({ ext }) => {
  const page = await openLive(ext);
  const tabId = await ext.tabIdOf(page);
  await expect.poll(() => ext.badgeText(tabId)).not.toBe('');
  // The kept teaser paragraph carries a mark of the old page ("Some view").
  expect(await page.evaluate(ourTexts)).toContain('Some view');
  await page.evaluate(() => (window as unknown as { spaNavigateToSection(): void }).spaNavigateToSection());
  await expect.poll(() => page.evaluate(ourTexts), { timeout: 15_000 }).toEqual([]);
  await expect.poll(() => ext.badgeText(tabId)).toBe('');
  // No article any more: no report for the popup (it says so), not the old story's.
  expect(await send(ext, page, { kind: 'toContent/getReport' })).toBeNull();
  expect((await contentStats(ext, page)).errors).toEqual([]);
});

test('a page dispatching our takeover event cannot switch a live instance off', async ({ ext }) => {
  const page = await openLive(ext);
  const before = await page.evaluate(ourTexts);
  await page.evaluate(() => document.dispatchEvent(new CustomEvent('sourcelight:takeover')));
  // Still alive: it answers, still paints the same, and a change to the article is still seen.
  const report = (await send(ext, page, { kind: 'toContent/getReport' })) as { findings: unknown[] } | null;
  expect(report?.findings.length).toBeGreaterThan(0);
  expect(await page.evaluate(ourTexts)).toEqual(before);
  await expect.poll(() => page.evaluate(() => document.querySelectorAll('sourcelight-host').length)).toBe(1);
  await page.evaluate(() =>
    (window as unknown as { appendParagraph(id: string, text: string): void }).appendParagraph(
      'p8',
      'Officials said the figures were undoubtedly inflated, but the claim has not been verified by anyone outside the council.',
    ),
  );
  await expect.poll(() => page.evaluate(ourTexts)).toContain('undoubtedly');
});

test('one pass per change of the article; changes elsewhere on the page cost no pass', async ({ ext }) => {
  const page = await ext.newPage(ext.pageUrl(`${PAGE}?late`));
  // No article at first: a pass that found none.
  await expect.poll(async () => (await contentStats(ext, page).catch(() => null))?.passes ?? 0, { timeout: 20_000 }).toBeGreaterThan(0);
  expect(await page.evaluate(ourTexts)).toEqual([]);
  await page.evaluate(() => (window as unknown as { showArticle(): void }).showArticle());
  await expect.poll(() => page.evaluate(ourTexts), { timeout: 20_000 }).toContain('allegedly');
  const settled = async () => {
    // Past the debounce (250 ms, at most 1.5 s) and a pass.
    await new Promise((r) => setTimeout(r, 2_000));
    return (await contentStats(ext, page)).passes;
  };
  const afterArticle = await settled();

  // One change inside the article: exactly one more pass (the watcher of the article-less
  // page is gone, not running a second detection next to the article's).
  await page.evaluate(() =>
    (window as unknown as { appendParagraph(id: string, text: string): void }).appendParagraph(
      'p8',
      'Officials said the figures were undoubtedly inflated, but the claim has not been verified by anyone outside the council.',
    ),
  );
  await expect.poll(() => page.evaluate(ourTexts)).toContain('undoubtedly');
  const afterChange = await settled();
  expect(afterChange).toBe(afterArticle + 1);

  // Elsewhere: nodes added to <body>, styles animated on the article's ancestors and the ad.
  await page.evaluate(async () => {
    for (let i = 0; i < 20; i++) {
      const div = document.createElement('div');
      div.textContent = `Banner ${i}: reportedly the best deal`;
      document.body.appendChild(div);
      document.querySelector('main')!.style.opacity = String(1 - i / 100);
      document.getElementById('ads')!.style.transform = `translateX(${i}px)`;
      await new Promise((r) => setTimeout(r, 20));
    }
  });
  expect(await settled()).toBe(afterChange);
  expect((await contentStats(ext, page)).errors).toEqual([]);
});
