/**
 * Issue 2, point 4: the whole job end to end on the seed article, in Chromium and Firefox.
 * The demo page (test/pages/seed-demo.html) puts the seed article between navigation, ads,
 * comments and a footer that carry the same kinds of phrases; only the article is analysed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect, type Ext, type ExtPage, type HighlightRange } from './harness';
import { cardOf, waitForCard } from './content-stats';
import { OptionsPage } from './options-page';
import { listedFindings, readNumbers } from './popup-helpers';
import { analyze, ruleById, type CategoryId } from '../../src/engine';
import { fixturesDir } from '../../src/tools/paths';

/** Phrases of the seed article the three foundation categories must find, as highlighted. */
const EXPECTED: Array<[phrase: string, category: CategoryId]> = [
  ['allegedly', 'hedge'],
  ['perceived', 'hedge'],
  ['remain unclear', 'evidence-gap'],
  ['has not provided concrete evidence', 'evidence-gap'],
  ['lack of transparency', 'evidence-gap'],
  ['some view', 'vague-source'],
  ['others question', 'vague-source'],
];

/** Where the page's decoys are: hedges in these regions must stay unmarked. */
const OUTSIDE_ARTICLE = ['nav#site-nav', 'aside#sidebar', 'section#comments', 'footer#site-footer', 'header#site-header'];

const seedText = readFileSync(resolve(fixturesDir, 'seed/article.txt'), 'utf8');

/** The seed demo with the extension's highlights in place. */
async function openSeedDemo(ext: Ext): Promise<{ page: ExtPage; ranges: HighlightRange[] }> {
  const page = await ext.newPage(ext.seedDemoUrl);
  await ext.waitForHighlights(page, EXPECTED.length);
  return { page, ranges: await ext.highlights(page) };
}

const categoryOf = (range: HighlightRange) => range.name.replace(/^sourcelight-/, '');

test('highlights the expected phrases, one highlight per category, only inside the article', async ({ ext }) => {
  const { page, ranges } = await openSeedDemo(ext);

  for (const [phrase, category] of EXPECTED) {
    const found = ranges.filter((r) => r.text.toLowerCase() === phrase);
    expect(found, `"${phrase}" is highlighted`).not.toHaveLength(0);
    expect(found.map(categoryOf), `"${phrase}" is a ${category}`).toContain(category);
  }
  for (const range of ranges) {
    expect(range.ancestors, `"${range.text}" lies inside the article`).toContain('article#story');
  }

  // The decoys are there, and none of them is marked.
  const decoys = await page.evaluate(
    (regions) => regions.map((selector) => document.querySelector(selector)?.textContent ?? ''),
    OUTSIDE_ARTICLE,
  );
  for (const text of decoys) expect(text).toMatch(/allegedly|remain unclear|some view|no evidence/i);
  for (const region of OUTSIDE_ARTICLE) {
    expect(ranges.filter((r) => r.ancestors.includes(region)).map((r) => r.text)).toEqual([]);
  }

  // Painted with the Custom Highlight API: the page's text and markup are the page's own.
  const marks = await page.evaluate(() => ({
    marks: document.querySelectorAll('#story mark').length,
    paragraphs: [...document.querySelectorAll('#article-body > p')].every((p) => p.childNodes.length === 1),
    hosts: [...document.documentElement.children].map((e) => e.localName),
  }));
  expect(marks.marks).toBe(0);
  expect(marks.paragraphs).toBe(true);
  expect(marks.hosts.filter((tag) => tag !== 'head' && tag !== 'body').every((tag) => tag === 'sourcelight-host')).toBe(true);
  expect(ext.outsideRequests()).toEqual([]);
});

test('hovering a highlight shows its card with the rule and explanation; leaving hides it', async ({ ext }) => {
  const { page } = await openSeedDemo(ext);
  const finding = analyze(seedText).findings.find((f) => f.text === 'allegedly');
  expect(finding).toBeDefined();
  const rule = ruleById(finding!.rule)!;

  await ext.hoverHighlight(page, 'allegedly');
  const card = await waitForCard(ext, page);
  expect(await page.evaluate(() => document.querySelectorAll('sourcelight-host').length)).toBe(1);
  expect(card.category).toBe('Hedge');
  expect(card.rule).toBe(rule.name);
  // The sentence's sourcing, said as a sentence ("This sentence is hedged and names no source").
  const sentence = analyze(seedText).sentences[finding!.sentence]!;
  expect(card.sourcing).toBe(
    {
      named: 'This sentence names its source',
      anonymous: 'This sentence cites an anonymous source',
      vague: 'This sentence cites a vague source',
      hedged: 'This sentence is hedged and names no source',
      gap: 'This sentence says evidence is missing',
      linked: 'This sentence carries a link',
      unattributed: 'This sentence carries no attribution',
    }[sentence.sourcing],
  );
  expect(card.explanation).toBe(finding!.explanation);
  expect(card.explanation.length).toBeGreaterThan(20);

  await page.hover(5, 5);
  await expect.poll(() => cardOf(ext, page)).toBeNull();
});

test('the badge and the popup count the findings of the tab', async ({ ext }) => {
  const { page, ranges } = await openSeedDemo(ext);
  const tabId = await ext.tabIdOf(page);
  // The seed demo's paragraphs are plain text: one highlight range is one finding.
  await expect.poll(() => ext.badgeText(tabId)).toBe(String(ranges.length));

  const byCategory: Record<string, number> = {};
  for (const range of ranges) byCategory[categoryOf(range)] = (byCategory[categoryOf(range)] ?? 0) + 1;

  const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`);
  await popup.waitForFunction(() => document.documentElement.dataset.state === 'report');
  const numbers = await readNumbers(popup);
  expect(numbers.warnings).toBe(ranges.length);
  for (const [category, count] of Object.entries(byCategory)) expect(numbers.categories[category], category).toBe(count);
  const listed = await listedFindings(popup, 'findings');
  expect(listed.body + listed.outside).toBeGreaterThanOrEqual(ranges.length);
});

test('turning a category off in the options removes its highlights live, and on restores them', async ({ ext }) => {
  const { page, ranges } = await openSeedDemo(ext);
  const hedges = ranges.filter((r) => categoryOf(r) === 'hedge').length;
  expect(hedges).toBeGreaterThan(0);
  const countHedges = () => page.evaluate(() => CSS.highlights.get('sourcelight-hedge')?.size ?? 0);

  const options = await new OptionsPage(await ext.openExtensionPage('options.html')).ready();
  await options.setChecked('#cat-hedge', false);
  await expect.poll(countHedges).toBe(0);
  // The other categories stay.
  expect(await page.evaluate(() => CSS.highlights.get('sourcelight-evidence-gap')?.size ?? 0)).toBeGreaterThan(0);

  await options.setChecked('#cat-hedge', true);
  await expect.poll(countHedges).toBe(hedges);
  expect(await page.url()).toBe(ext.seedDemoUrl);
});

test("the page's text is identical with and without the extension", async ({ ext }) => {
  const { page } = await openSeedDemo(ext);
  // With its card open too: the one element the extension adds sits outside <body>.
  await ext.hoverHighlight(page, 'allegedly');
  await waitForCard(ext, page);
  const withExtension = await page.evaluate(() => document.body.innerText);

  const plain = await ext.plainPage(ext.seedDemoUrl);
  const withoutExtension = await plain.evaluate(() => document.body.innerText);
  expect(await plain.evaluate(() => document.querySelector('sourcelight-host'))).toBeNull();
  expect(withExtension).toBe(withoutExtension);
  expect(withExtension).toContain('allegedly participated');
  expect(withExtension).toMatch(/\d+ min read/);
  expect(ext.pageErrors(page)).toEqual([]);
});
