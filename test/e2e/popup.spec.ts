/**
 * The popup's report (issue 5) in both browsers: its numbers against the CLI's for the same
 * page, the jump to a finding, the exports, the per-site switch, the badge, and the pages
 * where the extension cannot run.
 */
import { test, expect } from './harness';
import { cardOf } from './content-stats';
import { WARNING_CATEGORIES, CATEGORY_IDS, SOURCING_STATUSES, type Report } from '../../src/engine/types';
import { profileOf, warningCount } from '../../src/shared/report-profile';
import { TONE_COLORS } from '../../src/shared/report-badge';
import {
  captureExports,
  cliReport,
  copied,
  downloads,
  fixtureFile,
  openPopup,
  openSection,
  readNumbers,
} from './popup-helpers';

/** What the popup must show for a page, from the CLI's JSON. */
function expectedNumbers(cli: Report) {
  const warnings = warningCount(cli.summary.byCategory);
  return {
    profile: profileOf(cli.summary.bySourcing).id,
    tone: profileOf(cli.summary.bySourcing).tone,
    mix: Object.fromEntries(SOURCING_STATUSES.map((s) => [s, cli.summary.bySourcing[s] ?? 0])),
    categories: Object.fromEntries(CATEGORY_IDS.map((c) => [c, cli.summary.byCategory[c] ?? 0])),
    findings: warnings,
    per1000: (Math.round((cli.summary.words ? (warnings / cli.summary.words) * 1000 : 0) * 10) / 10).toFixed(1),
    words: cli.summary.words,
    sentences: cli.summary.sentences,
    listedFindings: cli.findings.length,
  };
}

for (const fixture of ['guardian-1', 'bbc-1']) {
  test(`the report of ${fixture} has the CLI's numbers, and its sources`, async ({ ext }) => {
    const cli = cliReport(fixtureFile(fixture));
    const page = await ext.newPage(ext.fixtureUrl(fixture));
    const { popup } = await openPopup(ext, page);
    expect(await readNumbers(popup)).toEqual(expectedNumbers(cli));

    await openSection(popup, 'sources');
    const names = await popup.evaluate(() => [...document.querySelectorAll('.source-name .name')].map((e) => e.textContent));
    expect(names.sort()).toEqual(cli.sources.map((s) => s.name).sort());
    // Clicking a source lists the sentences that cite it.
    const cited = cli.sources.find((s) => s.sentences.length > 0);
    if (cited) {
      const listed = await popup.evaluate((name) => {
        const item = [...document.querySelectorAll('.source')].find((e) => e.querySelector('.name')?.textContent === name);
        item?.querySelector<HTMLButtonElement>('.source-name')?.click();
        return new Promise<number>((done) => setTimeout(() => done(item?.querySelectorAll('.source-sentences li').length ?? -1), 50));
      }, cited.name);
      expect(listed).toBe(cited.sentences.length);
    }
  });
}

test('the badge shows the warning count in the colour of the profile', async ({ ext }) => {
  const cli = cliReport(fixtureFile('guardian-1'));
  const page = await ext.newPage(ext.fixtureUrl('guardian-1'));
  const { tabId } = await openPopup(ext, page);
  // Every warning marked on the page, headlines and captions included.
  const count = cli.findings.filter((f) => f.category !== 'named-source').length;
  await expect.poll(() => ext.badgeText(tabId)).toBe(count > 0 ? String(count) : '');
  const color = await ext.inExtension((api, id) => api.action.getBadgeBackgroundColor({ tabId: id }), tabId);
  const hex = `#${(color as number[]).slice(0, 3).map((n) => n.toString(16).padStart(2, '0')).join('')}`;
  expect(hex).toBe(TONE_COLORS[profileOf(cli.summary.bySourcing).tone]);
});

test('evidence links are grouped by domain with primary material marked', async ({ ext }) => {
  const page = await ext.newPage(ext.pageUrl('popup-links.html'));
  const { popup, tabId } = await openPopup(ext, page);
  await openSection(popup, 'links');
  const domains = await popup.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.domain')].map((d) => ({
      domain: d.dataset.domain,
      links: d.querySelectorAll('.domain-links a').length,
      primary: [...d.querySelectorAll<HTMLElement>('[data-primary]')].map((p) => p.dataset.primary),
    })),
  );
  // Navigation and footer links are outside the article and not counted.
  expect(domains).toEqual(
    expect.arrayContaining([
      { domain: 'audit.example.org', links: 1, primary: ['document'] },
      { domain: 'treasury.gov', links: 1, primary: ['data'] },
      { domain: 'doi.org', links: 1, primary: ['scholarly'] },
      { domain: 'courtlistener.com', links: 1, primary: ['court'] },
      { domain: 'othernews.example.com', links: 1, primary: [] },
      { domain: '127.0.0.1', links: 1, primary: [] },
    ]),
  );
  expect(domains).toHaveLength(6);
  expect(await popup.evaluate(() => document.querySelector('[data-testid="links-summary"]')?.textContent)).toBe(
    'Links in the article body: 6; to other sites: 5; looking like primary material: 4.',
  );
  // Each link sits in its own sentence; the claim sentences are the report's body sentences.
  const claims = await ext.inExtension(
    async (api, id) => {
      const report = (await api.tabs.sendMessage(id, { kind: 'toContent/getReport' })) as Report;
      return report.sentences.filter((s) => s.block === 'body').length;
    },
    tabId,
  );
  expect(claims).toBeGreaterThan(6);
  expect(await popup.evaluate(() => document.querySelector('[data-testid="links-share"]')?.textContent)).toBe(
    `Claim sentences carrying a link: 6 of ${claims} (${Math.round((6 / claims) * 100)}%).`,
  );
});

test('choosing a finding scrolls the page to it and flashes it', async ({ ext }) => {
  const cli = cliReport(fixtureFile('guardian-1'));
  // The last highlighted finding sits far down the page.
  const index = cli.findings.findLastIndex((f) => (WARNING_CATEGORIES as readonly string[]).includes(f.category));
  expect(index).toBeGreaterThan(0);
  const target = cli.findings[index]!;
  const page = await ext.newPage(ext.fixtureUrl('guardian-1'));
  await ext.waitForHighlights(page);
  const { popup } = await openPopup(ext, page);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);

  // Keyboard: focus the finding's button and press Enter.
  await popup.evaluate((i) => document.querySelector<HTMLButtonElement>(`button.finding[data-index="${i}"]`)!.focus(), index);
  await popup.keyboard.press('Enter');

  await page.waitForFunction(
    (text) => {
      for (const [, highlight] of CSS.highlights) {
        for (const r of highlight as Highlight) {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          const rect = range.getBoundingClientRect();
          if (range.toString() === text && rect.top >= 0 && rect.bottom <= innerHeight && window.scrollY > 0) return true;
        }
      }
      return false;
    },
    target.text,
    { timeout: 10_000 },
  );
  // Flashed (the content script's focus highlight covers it) and its card shown.
  const flashed = await page.evaluate(() => {
    const focus = CSS.highlights.get('sourcelight-focus');
    return focus ? [...focus].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    }) : [];
  });
  expect(flashed).toEqual([target.text]);
  // Its card (read the way only an extension page can: the card's root is closed to the page).
  expect((await cardOf(ext, page))?.explanation).toBe(target.explanation);
});

test('exports Markdown and JSON with the report’s numbers', async ({ ext }) => {
  const cli = cliReport(fixtureFile('guardian-1'));
  const page = await ext.newPage(ext.fixtureUrl('guardian-1'));
  const { popup } = await openPopup(ext, page);
  await captureExports(popup);
  await popup.click('#download-json');
  await popup.click('#copy-json');
  await popup.click('#download-md');
  await popup.click('#copy-md');
  await popup.waitForFunction(() => document.querySelector('.export-status')?.textContent !== '');

  const files = await downloads(popup);
  expect(files.map((f) => f.name)).toEqual([
    expect.stringMatching(/^sourcelight-127\.0\.0\.1-\d{4}-\d{2}-\d{2}\.json$/),
    expect.stringMatching(/^sourcelight-127\.0\.0\.1-\d{4}-\d{2}-\d{2}\.md$/),
  ]);
  const [jsonText, mdText] = files.map((f) => f.text);
  expect(await copied(popup)).toEqual([jsonText, mdText]);

  const json = JSON.parse(jsonText!) as Report & { url: string; title: string; analyzedAt: string };
  expect(json.url).toBe(ext.fixtureUrl('guardian-1'));
  // The article's own title (the content script takes it from the article, the page's <title> adds the site).
  expect(json.title.length).toBeGreaterThan(10);
  expect(await page.evaluate(() => document.title)).toContain(json.title);
  expect(Date.parse(json.analyzedAt)).toBeGreaterThan(Date.now() - 10 * 60_000);
  // The CLI's object (its `source` is the file path, the page's is its URL) plus url, title, analyzedAt.
  const withoutSource = (keys: string[]) => keys.filter((k) => k !== 'source').sort();
  expect(withoutSource(Object.keys(json))).toEqual(withoutSource([...Object.keys(cli), 'url', 'title', 'analyzedAt']));
  expect(json.summary).toEqual(cli.summary);
  expect(json.text).toBe(cli.text);
  expect(json.findings.map((f) => [f.rule, f.start, f.end])).toEqual(cli.findings.map((f) => [f.rule, f.start, f.end]));

  const lines = mdText!.split('\n');
  for (const heading of ['## At a glance', '## Sourcing mix', '## Findings per category', '## Sources', '## Evidence links', '## Every finding']) {
    expect(lines).toContain(heading);
  }
  expect(lines).toContain(`- Findings: ${warningCount(cli.summary.byCategory)}`);
  expect(lines).toContain(`- Words: ${cli.summary.words}`);
  for (const c of CATEGORY_IDS) {
    const count = cli.summary.byCategory[c] ?? 0;
    expect(lines.some((l) => new RegExp(`^\\| [^|]+ \\| ${count} \\| \\d+ \\|$`).test(l))).toBe(true);
  }
  const findingLines = lines.filter((l) => l.startsWith('- **'));
  expect(findingLines.length).toBeGreaterThanOrEqual(cli.findings.length);
});

test('off for this site removes the highlights, and turning back on restores them', async ({ ext }) => {
  const page = await ext.newPage(ext.seedDemoUrl);
  await ext.waitForHighlights(page);
  const { popup } = await openPopup(ext, page);
  await popup.click('#off-site');
  await popup.waitForFunction(() => document.documentElement.dataset.state === 'off');
  expect(await popup.evaluate(() => document.querySelector('.message p')?.textContent)).toBe('Sourcelight is off for 127.0.0.1.');
  // Stored in the settings (split across storage keys, so look for the pattern anywhere in them).
  expect(JSON.stringify(await ext.storageSync())).toContain('"127.0.0.1"');
  await page.waitForFunction(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0) === 0);

  // A popup opened afterwards says so too, and offers to turn it back on.
  const { popup: again } = await openPopup(ext, page, 'off');
  await again.click('#turn-on');
  await again.waitForFunction(() => document.documentElement.dataset.state === 'report', undefined, { timeout: 15_000 });
  await ext.waitForHighlights(page);
});

test('off for this page only', async ({ ext }) => {
  const page = await ext.newPage(ext.seedDemoUrl);
  await ext.waitForHighlights(page);
  const { popup } = await openPopup(ext, page);
  await popup.click('#off-page');
  await popup.waitForFunction(() => document.documentElement.dataset.state === 'off');
  expect(await popup.evaluate(() => document.querySelector('.message p')?.textContent)).toBe('Sourcelight is off for this page.');
  await page.waitForFunction(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0) === 0);
  // Another page of the same site is still analysed.
  const other = await ext.newPage(ext.pageUrl('popup-links.html'));
  await ext.waitForHighlights(other);
});

test('says so where it cannot run, and when opened as a tab without a tab to report on', async ({ ext }) => {
  const blank = await ext.newPage('about:blank');
  const { popup } = await openPopup(ext, blank, 'noScript');
  expect(await popup.evaluate(() => document.querySelector('.message p')?.textContent)).toMatch(/Browser pages and extension stores are off limits/);

  const alone = await ext.openExtensionPage('popup.html');
  await alone.waitForFunction(() => document.documentElement.dataset.state === 'noTab');
});

test('the options button opens the options page', async ({ ext }) => {
  const page = await ext.newPage(ext.seedDemoUrl);
  const { popup } = await openPopup(ext, page);
  await popup.click('#open-options');
  await expect
    .poll(() => ext.inExtension((api) => api.extension.getViews({ type: 'tab' }).map((w) => w.location.pathname)))
    .toContain('/options.html');
});

test('every control is reachable with the keyboard alone', async ({ ext }) => {
  const page = await ext.newPage(ext.pageUrl('popup-links.html'));
  const { popup } = await openPopup(ext, page);
  const reached = new Set<string>();
  for (let i = 0; i < 120; i++) {
    await popup.keyboard.press('Tab');
    const id = await popup.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return '';
      return el.id || (el.classList.contains('finding') ? 'finding' : el.localName === 'summary' ? `summary:${el.parentElement?.id || 'howto'}` : el.localName);
    });
    reached.add(id);
    if (id === 'off-page') break;
  }
  for (const id of ['open-options', 'summary:howto', 'summary:categories', 'summary:sources', 'summary:links', 'summary:findings', 'finding', 'copy-md', 'download-md', 'copy-json', 'download-json', 'off-site', 'off-page']) {
    expect(reached).toContain(id);
  }
});
