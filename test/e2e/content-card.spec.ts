/**
 * The hover card on test/pages/content-live.html: closed to the page's scripts, safe to reach
 * by keyboard (focus on the dialog, never on an action, and back where it was on close), and
 * honest when turning a rule off is not saved. The card is read the one way a page cannot:
 * the content script's `toContent/getStats`, asked from an extension page (content-stats.ts).
 */
import { test, expect, type Ext, type ExtPage } from './harness';
import { cardOf, contentStats, ourTexts, send, waitForCard } from './content-stats';

const PAGE = 'content-live.html';

/** The next-finding shortcut as it reaches the page: the background relays the command as this message. */
const step = (ext: Ext, page: ExtPage, command: 'next-finding' | 'previous-finding' = 'next-finding') =>
  send(ext, page, { kind: 'toContent/command', command });

async function openLive(ext: Ext): Promise<ExtPage> {
  const page = await ext.newPage(ext.pageUrl(PAGE));
  await expect.poll(() => page.evaluate(ourTexts), { timeout: 20_000 }).toContain('allegedly');
  return page;
}

const storedRules = async (ext: Ext) => ((await ext.storageSync()).settings as { rules?: Record<string, boolean> } | undefined)?.rules;

/** Runs in the page: the id (or tag) of what has focus, as the page sees it. */
const pageFocus = () => document.activeElement?.id || document.activeElement?.localName || '';

test('a page script cannot reach the card, while hovering still shows it', async ({ ext }) => {
  const page = await openLive(ext);
  await ext.hoverHighlight(page, 'allegedly');
  const card = await waitForCard(ext, page);
  expect(card.phrase).toBe('“allegedly”');
  expect(card.explanation.length).toBeGreaterThan(20);
  expect(card.rule.length).toBeGreaterThan(0);

  const seen = await page.evaluate(
    ({ explanation, rule }) => {
      const host = document.querySelector('sourcelight-host')!;
      const everything = [document.documentElement.textContent ?? '', document.documentElement.innerText, host.textContent ?? ''].join('\n');
      return {
        hosts: document.querySelectorAll('sourcelight-host').length,
        shadowRoot: host.shadowRoot === null ? 'null' : 'reachable',
        children: host.childNodes.length,
        explanation: everything.includes(explanation),
        rule: everything.includes(rule),
        buttons: document.querySelectorAll('button.turn-off, .card, [role="dialog"]').length,
      };
    },
    { explanation: card.explanation, rule: card.rule },
  );
  expect(seen).toEqual({ hosts: 1, shadowRoot: 'null', children: 0, explanation: false, rule: false, buttons: 0 });

  // What a page can still do, forge events, changes nothing: a scripted Escape, a scripted click on the host.
  await page.evaluate(() => {
    const host = document.querySelector('sourcelight-host')!;
    for (const target of [document, document.body, host]) target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  });
  await send(ext, page, { kind: 'toContent/getReport' });
  expect((await cardOf(ext, page))?.phrase).toBe('“allegedly”');
  expect(await storedRules(ext)).toBeUndefined();
  expect((await contentStats(ext, page)).errors).toEqual([]);
  expect(ext.pageErrors(page)).toEqual([]);
});

test('the card is a labelled, non-modal dialog with named buttons', async ({ ext }) => {
  const page = await openLive(ext);
  await ext.hoverHighlight(page, 'allegedly');
  const card = await waitForCard(ext, page);
  expect(card.dialog).toEqual({ role: 'dialog', modal: 'false', name: card.rule, description: card.explanation });
  expect(card.dialog.name.length).toBeGreaterThan(0);
  expect(card.buttons.close.name).toBe('Close');
  expect(card.buttons['turn-off'].name).toBe('Turn off this rule');
  expect(card.buttons.options.name).toBe('Options');
  for (const { box } of Object.values(card.buttons)) {
    // Each button is on screen, inside the card, and big enough to hit (WCAG 2.5.8: 24 px).
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    expect(box.x).toBeGreaterThanOrEqual(card.box.x);
    expect(box.y + box.height).toBeLessThanOrEqual(card.box.y + card.box.height + 0.5);
  }
  expect(card.announced).toContain('allegedly');
  // A hover card does not take focus from the page.
  expect(card.focus).toBeNull();
});

test('the shortcut focuses the dialog, not an action: Enter and Space turn nothing off; Escape gives focus back', async ({ ext }) => {
  const page = await openLive(ext);
  const painted = (await page.evaluate(ourTexts)).length;
  await page.evaluate(() => document.getElementById('more')!.focus());

  await step(ext, page);
  const first = await waitForCard(ext, page);
  expect(first.position).toBe(`1 / ${painted}`);
  expect(first.focus).toBe('dialog');
  // The page sees only that focus is on our host.
  expect(await page.evaluate(pageFocus)).toBe('sourcelight-host');

  // The keys a reader presses next by habit do nothing to the settings.
  await page.keyboard.press('Enter');
  await page.keyboard.press(' ');
  await send(ext, page, { kind: 'toContent/getReport' });
  expect(await storedRules(ext)).toBeUndefined();
  expect((await cardOf(ext, page))?.focus).toBe('dialog');

  // Stepping on keeps focus in the card; Tab reaches the close button first.
  await step(ext, page);
  await expect.poll(async () => (await cardOf(ext, page))?.position).toBe(`2 / ${painted}`);
  expect((await cardOf(ext, page))?.focus).toBe('dialog');
  await page.keyboard.press('Tab');
  expect((await cardOf(ext, page))?.focus).toBe('close');

  await page.keyboard.press('Escape');
  await expect.poll(() => cardOf(ext, page)).toBeNull();
  // Back where it was before the first step, not before the second.
  expect(await page.evaluate(pageFocus)).toBe('more');
  expect(await page.evaluate(ourTexts)).toContain('allegedly');
});

test('the close button, pressed from the keyboard, closes the card and gives focus back', async ({ ext }) => {
  const page = await openLive(ext);
  await page.evaluate(() => document.getElementById('more')!.focus());
  await step(ext, page, 'previous-finding');
  expect((await waitForCard(ext, page)).focus).toBe('dialog');
  await page.keyboard.press('Tab');
  expect((await cardOf(ext, page))?.focus).toBe('close');
  await page.keyboard.press('Enter');
  await expect.poll(() => cardOf(ext, page)).toBeNull();
  expect(await page.evaluate(pageFocus)).toBe('more');

  // With nothing focused before, closing leaves focus on the page, not on a hidden button.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await step(ext, page);
  expect((await waitForCard(ext, page)).focus).toBe('dialog');
  await page.keyboard.press('Escape');
  await expect.poll(() => cardOf(ext, page)).toBeNull();
  expect(await page.evaluate(pageFocus)).toBe('body');
});

test("'turn off this rule' that is not saved says so, and the card stays open", async ({ ext }) => {
  // Storage.sync filled by another part's items until the browser takes no more: the
  // settings no longer fit, so the write is refused (by our quota check or by the browser).
  const stored = await ext.inExtension(async (api) => {
    let items = 0;
    for (const size of [8_000, 1_000, 100, 10, 1]) {
      for (;;) {
        try {
          await api.storage.sync.set({ [`filler.${items}`]: 'x'.repeat(size) });
          items++;
        } catch {
          break;
        }
      }
    }
    return JSON.stringify(await api.storage.sync.get(null)).length;
  });
  expect(stored).toBeGreaterThan(100_000);

  const page = await openLive(ext);
  await ext.hoverHighlight(page, 'allegedly');
  const card = await waitForCard(ext, page);
  expect(card.error).toBe('');
  const { box } = card.buttons['turn-off'];
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);

  await expect.poll(async () => (await cardOf(ext, page))?.error).toMatch(/^Not saved/);
  const after = (await cardOf(ext, page))!;
  expect(after.phrase).toBe('“allegedly”');
  expect(await storedRules(ext)).toBeUndefined();
  expect(await page.evaluate(ourTexts)).toContain('allegedly');

  // The message belongs to that attempt: closing and hovering again starts clean.
  const close = after.buttons.close.box;
  await page.mouse.click(close.x + close.width / 2, close.y + close.height / 2);
  await expect.poll(() => cardOf(ext, page)).toBeNull();
  await page.mouse.move(2, 2);
  await ext.hoverHighlight(page, 'allegedly');
  expect((await waitForCard(ext, page)).error).toBe('');
});
