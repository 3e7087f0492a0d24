/**
 * The options page in both browsers: its switches and lists take effect in an open tab at
 * once, its checks refuse bad input next to the field, export/import round-trips and a bad
 * file changes nothing, and the page is accessible in both themes.
 */
import { test, expect, type Ext, type ExtPage } from './harness';
import { OptionsPage } from './options-page';
import { RULES } from '../../src/engine';

/** The rule that marks "allegedly" (in the seed article's first paragraph). */
const ALLEGEDLY = 'hedge-allegedly';
const allegedly = () => {
  const rule = RULES.find((r) => r.id === ALLEGEDLY);
  if (!rule) throw new Error(`the catalogue has no rule ${ALLEGEDLY}`);
  return rule;
};

const texts = async (ext: Ext, page: ExtPage) => (await ext.highlights(page)).map((r) => r.text.toLowerCase());

/**
 * The highlighted texts once repainting has settled (two reads 400 ms apart agree): after a
 * settings change the page is repainted in slices, so a single read may catch it half done.
 */
async function settled(ext: Ext, page: ExtPage): Promise<string[]> {
  let last = await texts(ext, page);
  for (let i = 0; i < 40; i++) {
    await new Promise((r) => setTimeout(r, 400));
    const now = await texts(ext, page);
    if (now.join('\n') === last.join('\n')) return now;
    last = now;
  }
  return last;
}

/** Highlights are painted again (not none) and `text` is no longer among them. */
const goneButOthersStay = (text: string) => (now: string[]) => now.length > 0 && !now.includes(text);

async function openOptions(ext: Ext): Promise<OptionsPage> {
  return new OptionsPage(await ext.openExtensionPage('options.html')).ready();
}

/** The demo article, with its highlights painted. */
async function openDemo(ext: Ext): Promise<ExtPage> {
  const page = await ext.newPage(ext.seedDemoUrl);
  await ext.waitForHighlights(page);
  return page;
}

test('turning a rule off removes its highlights from an open tab, turning it on brings them back', async ({ ext }) => {
  const rule = allegedly().id;
  const demo = await openDemo(ext);
  await expect.poll(() => texts(ext, demo)).toContain('allegedly');

  const options = await openOptions(ext);
  await options.showRules(allegedly().category);
  await options.setChecked(`#rule-${rule}`, false);
  // Gone, while the other rules' highlights stay.
  await expect.poll(async () => goneButOthersStay('allegedly')(await settled(ext, demo))).toBe(true);
  expect((await ext.storageSync()).settings).toMatchObject({ rules: { [rule]: false } });

  await options.setChecked(`#rule-${rule}`, true);
  await expect.poll(() => texts(ext, demo)).toContain('allegedly');
  // Back to the default: no override is stored.
  expect((await ext.storageSync()).settings).toMatchObject({ rules: {} });
});

test('a category switch, its count and "restore defaults"', async ({ ext }) => {
  const { id: rule, category } = allegedly();
  const total = RULES.filter((r) => r.category === category).length;
  const demo = await openDemo(ext);
  const options = await openOptions(ext);
  expect(await options.text(`#count-${category}`)).toMatch(new RegExp(`^${total} of ${total}\\b`));

  await options.showRules(category);
  await options.setChecked(`#rule-${rule}`, false);
  await expect.poll(() => options.text(`#count-${category}`)).toMatch(new RegExp(`^${total - 1} of ${total}\\b`));

  await options.setChecked(`#cat-${category}`, false);
  await expect.poll(async () => goneButOthersStay('allegedly')(await settled(ext, demo))).toBe(true);
  expect(await options.text(`#count-${category}`)).toMatch(/category off/);

  await options.page.click(`#restore-${category}`);
  await expect.poll(() => options.isChecked(`#rule-${rule}`)).toBe(true);
  expect(await options.isChecked(`#cat-${category}`)).toBe(true);
  await expect.poll(() => texts(ext, demo)).toContain('allegedly');
});

test('search filters rules by name, phrase and category', async ({ ext }) => {
  const options = await openOptions(ext);
  const all = await options.visibleRules();
  expect(all.length).toBe(RULES.length);

  const rule = allegedly();
  await options.search('allegedly');
  await expect.poll(() => options.visibleRules()).toContain(rule.id);
  expect((await options.visibleRules()).length).toBeLessThan(all.length);
  const found = (await options.visibleRules()).length;
  expect(await options.text('#search-result')).toBe(found === 1 ? '1 rule or phrase matches.' : `${found} rules and phrases match.`);

  await options.search(rule.name);
  await expect.poll(() => options.visibleRules()).toContain(rule.id);

  await options.search('Evidence gaps');
  await expect.poll(async () => new Set((await options.visibleRules()).map((id) => RULES.find((r) => r.id === id)!.category))).toEqual(
    new Set(['evidence-gap']),
  );

  await options.search('zzzz no such thing');
  await expect.poll(() => options.visibleRules()).toEqual([]);
  expect(await options.text('#search-result')).toMatch(/No rule/);
});

test('an own phrase is checked next to its field, then highlighted in an open tab; edit and remove', async ({ ext }) => {
  const demo = await openDemo(ext);
  expect(await settled(ext, demo)).not.toContain('initial sketches');
  const options = await openOptions(ext);

  await options.addOwnPhrase('speculation', '');
  expect(await options.messageFor('#own-speculation-phrase')).toMatch(/Enter a phrase/);
  await options.addOwnPhrase('speculation', 'sketch(es)?');
  expect(await options.messageFor('#own-speculation-phrase')).toMatch(/not regular expressions/);
  await options.addOwnPhrase('speculation', 'x'.repeat(101));
  expect(await options.messageFor('#own-speculation-phrase')).toMatch(/at most 100 characters/);
  await options.addOwnPhrase('speculation', 'Allegedly');
  expect(await options.messageFor('#own-speculation-phrase')).toMatch(/built-in rule already marks/);
  expect((await ext.storageSync()).settings).toBeUndefined();

  await options.addOwnPhrase('speculation', 'initial sketches', 'Plans that may change.');
  await expect.poll(() => texts(ext, demo)).toContain('initial sketches');
  const stored = (await ext.storageSync())['customPhrases.0'] as Array<{ id: string; phrase: string; explanation: string }>;
  expect(stored).toEqual([expect.objectContaining({ category: 'speculation', phrase: 'initial sketches', explanation: 'Plans that may change.' })]);

  await options.addOwnPhrase('hedge', 'INITIAL  sketches');
  expect(await options.messageFor('#own-hedge-phrase')).toMatch(/already have this phrase/);

  // Edit: the new wording replaces the old one in the page.
  await options.page.click(`[data-phrase-id="${stored[0]!.id}"] button`);
  await options.type(`#edit-${stored[0]!.id}-phrase`, 'selecting a site');
  await options.page.click(`#edit-${stored[0]!.id}-submit`);
  await expect.poll(async () => goneButOthersStay('initial sketches')(await settled(ext, demo))).toBe(true);
  expect(await texts(ext, demo)).toContain('selecting a site');

  // Its own switch: off stops marking it (as the card's "turn off" does), on brings it back.
  await options.page.click(`#own-on-${stored[0]!.id}`);
  await expect.poll(async () => goneButOthersStay('selecting a site')(await settled(ext, demo))).toBe(true);
  expect(((await ext.storageSync()).settings as { rules: Record<string, boolean> }).rules[stored[0]!.id]).toBe(false);
  await options.page.click(`#own-on-${stored[0]!.id}`);
  await expect.poll(() => texts(ext, demo)).toContain('selecting a site');

  // Remove.
  await options.page.click(`[data-phrase-id="${stored[0]!.id}"] button:last-child`);
  await expect.poll(async () => goneButOthersStay('selecting a site')(await settled(ext, demo))).toBe(true);
});

test('a blocked site goes dark in open tabs; patterns are checked; unblocking brings it back', async ({ ext }) => {
  const demo = await openDemo(ext);
  const options = await openOptions(ext);

  await options.addSite('blockedSites', 'https://exa mple.com/');
  expect(await options.messageFor('#blockedSites-input')).toMatch(/Not a host name/);
  await options.addSite('blockedSites', 'www.*.example.com');
  expect(await options.messageFor('#blockedSites-input')).toMatch(/wildcard/);

  // A pasted address is reduced to its host.
  await options.addSite('blockedSites', `${ext.seedDemoUrl}#top`);
  await expect.poll(async () => (await ext.storageSync())['blockedSites.0']).toEqual(['127.0.0.1']);
  await expect.poll(() => settled(ext, demo)).toEqual([]);

  await options.addSite('blockedSites', '127.0.0.1');
  expect(await options.messageFor('#blockedSites-input')).toMatch(/already on the list/);

  await options.page.click('#blockedSites-list button');
  await expect.poll(async () => (await texts(ext, demo)).length).toBeGreaterThan(0);
});

test('a change made elsewhere (the popup\'s "off for this site") shows up in an open options page', async ({ ext }) => {
  const options = await openOptions(ext);
  expect(await options.exists('#blockedSites-list')).toBe(false);
  await ext.setStorageSync({ settings: { schemaVersion: 2, chunks: { blockedSites: 1 } }, 'blockedSites.0': ['news.example.com'] });
  await expect.poll(() => options.text('#blockedSites-list')).toContain('news.example.com');
});

test('"only listed sites" runs only where listed', async ({ ext }) => {
  const demo = await openDemo(ext);
  const options = await openOptions(ext);
  await options.setChecked('#runOn-listed', true);
  await expect.poll(() => settled(ext, demo)).toEqual([]);
  await options.addSite('allowedSites', '127.0.0.1');
  await expect.poll(async () => (await texts(ext, demo)).length).toBeGreaterThan(0);
});

test('export, then import the file back; bad files are refused and change nothing', async ({ ext }) => {
  const options = await openOptions(ext);
  await options.addOwnPhrase('hedge', 'as rumour has it', 'Nobody is named.');
  await options.setChecked('#style-underline', true);
  await options.setChecked('#cat-certainty', false);
  await expect.poll(async () => (await ext.storageSync()).settings).toMatchObject({ highlightStyle: 'underline', categories: { certainty: false } });

  const file = await options.exportFile();
  const exported = JSON.parse(file);
  expect(exported).toMatchObject({
    format: 'sourcelight-settings',
    settings: { highlightStyle: 'underline', categories: { certainty: false }, customPhrases: [{ phrase: 'as rumour has it', explanation: 'Nobody is named.' }] },
  });

  // Restore everything (with its confirmation), then import the exported file.
  await options.page.click('#restore-all');
  await options.page.click('#restore-all-confirm');
  await expect.poll(async () => Object.keys(await ext.storageSync())).toEqual(['settings']);
  expect(await options.isChecked('#cat-certainty')).toBe(true);

  expect(await options.importFile('good.json', file)).toMatch(/Imported/);
  await expect.poll(() => options.isChecked('#cat-certainty')).toBe(false);
  expect(await options.isChecked('#style-underline')).toBe(true);
  expect(await options.text('#own-hedge-heading + ul')).toContain('as rumour has it');
  const before = await ext.storageSync();

  const bad: Array<[string, string, RegExp]> = [
    ['broken.json', file.slice(0, 40), /not valid JSON/],
    ['other.json', JSON.stringify({ theme: 'dark', rules: [] }), /not a Sourcelight settings export/],
    ['wrong.json', JSON.stringify({ format: 'sourcelight-settings', settings: { runOn: 'sometimes' } }), /not valid settings \(runOn\)/],
    ['huge.json', JSON.stringify({ ...exported, padding: 'x'.repeat(600 * 1024) }), /too large/],
    [
      'phrase.json',
      JSON.stringify({ ...exported, settings: { ...exported.settings, customPhrases: [{ id: 'custom-x', category: 'hedge', phrase: 'as [rumour' }] } }),
      /as \[rumour/,
    ],
  ];
  for (const [name, text, message] of bad) {
    const result = await options.importFile(name, text);
    expect(result).toMatch(/Nothing was changed/);
    expect(result).toMatch(message);
  }
  expect(await ext.storageSync()).toEqual(before);
  expect(await options.isChecked('#cat-certainty')).toBe(false);
});

test('a corrupt stored value is repaired on read, the rest kept, and the reader told', async ({ ext }) => {
  await ext.setStorageSync({
    settings: { schemaVersion: 2, enabled: true, runOn: 'all', highlightStyle: 'sparkles', colors: { hedge: 'not a colour' }, chunks: {} },
  });
  const options = await openOptions(ext);
  const notice = await options.text('#repaired-notice');
  expect(notice).toMatch(/could not be read/);
  expect(notice).toContain('highlightStyle');
  expect(notice).toContain('colors.hedge');
  expect(await options.isChecked('#runOn-all')).toBe(true);
  expect(await options.isChecked('#style-background')).toBe(true);
  // The repair is written back, so it is reported once.
  await expect.poll(async () => (await ext.storageSync()).settings).toMatchObject({ highlightStyle: 'background', runOn: 'all' });
});

test('a write beyond the sync quota is refused with an explanation; what was stored stays', async ({ ext }) => {
  // Own phrases with long explanations, stored the way the settings module stores them,
  // until storage.sync is within 200 bytes of its 102,400-byte quota.
  const bytes = (key: string, value: unknown) => key.length + JSON.stringify(value).length;
  const items: Record<string, unknown> = {};
  const phrases: unknown[] = [];
  let total = 0;
  for (let i = 0; ; i++) {
    const next = [...phrases, { id: `p${i}`, category: 'hedge', phrase: `filler phrase number ${i} `.padEnd(100, 'q'), explanation: 'e'.repeat(300) }];
    const candidate: Record<string, unknown> = {};
    for (let c = 0; c * 15 < next.length; c++) candidate[`customPhrases.${c}`] = next.slice(c * 15, c * 15 + 15);
    candidate.settings = { schemaVersion: 2, chunks: { customPhrases: Object.keys(candidate).length } };
    const size = Object.entries(candidate).reduce((sum, [k, v]) => sum + bytes(k, v), 0);
    if (size > 102_400 - 200) break;
    phrases.splice(0, phrases.length, ...next);
    Object.keys(items).forEach((k) => delete items[k]);
    Object.assign(items, candidate);
    total = size;
  }
  expect(total).toBeGreaterThan(100_000);
  await ext.setStorageSync(items);
  const before = await ext.storageSync();

  const options = await openOptions(ext);
  await options.addOwnPhrase('certainty', 'one phrase too many', 'x'.repeat(300));
  await expect.poll(() => options.text('#status')).toMatch(/Not saved: the settings would no longer fit/);
  expect(await options.messageFor('#own-certainty-phrase')).toMatch(/Not saved/);
  expect(await ext.storageSync()).toEqual(before);
});

test('keyboard alone: reach a switch with Tab, toggle it with Space, add a phrase with Enter', async ({ ext }) => {
  const options = await openOptions(ext);
  await options.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await options.page.keyboard.press('Tab');
    reached = await options.page.evaluate(() => document.activeElement?.id === 'cat-hedge');
  }
  expect(reached).toBe(true);
  await options.page.keyboard.press(' ');
  await expect.poll(async () => (await ext.storageSync()).settings).toMatchObject({ categories: { hedge: false } });

  await options.page.evaluate(() => (document.querySelector('#own-hedge-phrase') as HTMLElement).focus());
  await options.page.keyboard.type('word on the street');
  await options.page.keyboard.press('Enter');
  await expect.poll(async () => (await ext.storageSync())['customPhrases.0']).toEqual([expect.objectContaining({ phrase: 'word on the street' })]);

  // Edit with the keyboard: Enter on Edit puts the cursor in the field, saving brings it back.
  const focused = () => options.page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent || '');
  await options.page.evaluate(() => (document.querySelector('#own-hedge-heading + ul button') as HTMLElement).focus());
  await options.page.keyboard.press('Enter');
  await expect.poll(focused).toMatch(/^edit-custom-.*-phrase$/);
  await options.page.keyboard.type(' again');
  await options.page.keyboard.press('Enter');
  await expect.poll(async () => (await ext.storageSync())['customPhrases.0']).toEqual([expect.objectContaining({ phrase: 'word on the street again' })]);
  await expect.poll(focused).toBe('Edit');

  // "Restore all" asks first, with the focus on the harmless answer; Cancel changes nothing.
  await options.page.evaluate(() => (document.querySelector('#restore-all') as HTMLElement).focus());
  await options.page.keyboard.press('Enter');
  await expect.poll(focused).toBe('restore-all-cancel');
  await options.page.keyboard.press('Enter');
  await expect.poll(focused).toBe('restore-all');
  expect((await ext.storageSync())['customPhrases.0']).toEqual([expect.objectContaining({ phrase: 'word on the street again' })]);
});

test('the contrast check follows the colour and the style', async ({ ext }) => {
  const options = await openOptions(ext);
  await options.page.evaluate(() => {
    const input = document.querySelector('#color-hedge') as HTMLInputElement;
    input.value = '#1a237e';
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await options.setChecked('#style-underline', true);
  await expect.poll(() => options.text('#color-hedge-dark')).toMatch(/too low/);
  expect(await options.text('#color-hedge-light')).toMatch(/good/);
  expect((await ext.storageSync()).settings).toMatchObject({ colors: { hedge: '#1a237e' }, highlightStyle: 'underline' });
});

for (const theme of ['light', 'dark'] as const) {
  test(`no accessibility violations in the ${theme} theme`, async ({ ext }) => {
    const options = await openOptions(ext);
    await options.setTheme(theme);
    // Open every "examples" block and show an error message, so they are checked too.
    await options.page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await options.addOwnPhrase('hedge', '');
    await options.messageFor('#own-hedge-phrase');
    expect(await options.axe()).toEqual([]);
  });
}
