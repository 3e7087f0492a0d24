/**
 * The popup's report (issue 5) in both browsers: its numbers against the CLI's for the same
 * page, the jump to a finding, the exports, the per-site switch, the badge, and the pages
 * where the extension cannot run.
 */
import { test, expect } from './harness';
import { cardOf } from './content-stats';
import { WARNING_CATEGORIES, SOURCING_STATUSES, type Report } from '../../src/engine/types';
import { attributionCount, profileOf, warningCount } from '../../src/shared/report-profile';
import { outsideBodyLine } from '../../src/shared/report-export';
import { TONE_COLORS } from '../../src/shared/report-badge';
import { t } from '../unit/report/messages';
import {
  captureExports,
  cliReport,
  copied,
  downloads,
  fixtureFile,
  listedFindings,
  openPopup,
  openSection,
  readNumbers,
} from './popup-helpers';

/** What the popup must show for a page, from the CLI's JSON: the body's numbers, warnings and attributions apart. */
function expectedNumbers(cli: Report) {
  const warnings = warningCount(cli.summary.byCategory);
  return {
    profile: profileOf(cli.summary.bySourcing).id,
    tone: profileOf(cli.summary.bySourcing).tone,
    mix: Object.fromEntries(SOURCING_STATUSES.map((s) => [s, cli.summary.bySourcing[s] ?? 0])),
    // The per-category table: the seven warning categories, no named-source row.
    categories: Object.fromEntries(WARNING_CATEGORIES.map((c) => [c, cli.summary.byCategory[c] ?? 0])),
    warnings,
    per1000: (Math.round((cli.summary.words ? (warnings / cli.summary.words) * 1000 : 0) * 10) / 10).toFixed(1),
    named: attributionCount(cli.summary.byCategory),
    words: cli.summary.words,
    sentences: cli.summary.sentences,
    sectionCounts: { findings: warnings, attributions: attributionCount(cli.summary.byCategory) },
    outside: outsideBodyLine(t, cli),
  };
}

const isWarning = (category: string) => (WARNING_CATEGORIES as readonly string[]).includes(category);

for (const fixture of ['guardian-1', 'bbc-1']) {
  test(`the report of ${fixture} has the CLI's numbers, and its sources`, async ({ ext }) => {
    const cli = cliReport(fixtureFile(fixture));
    const page = await ext.newPage(ext.fixtureUrl(fixture));
    const { popup } = await openPopup(ext, page);
    const numbers = await readNumbers(popup);
    expect(numbers).toEqual(expectedNumbers(cli));
    // The mix and the profile are of the body's sentences, the same the Sentences figure counts.
    expect(Object.values(numbers.mix).reduce((a, b) => a + b, 0)).toBe(numbers.sentences);
    expect(Object.values(numbers.categories).reduce((a, b) => a + b, 0)).toBe(numbers.warnings);

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

    // The lists: the body's findings as counted, those outside the body apart; together, every finding.
    const outsideOf = (warning: boolean) =>
      cli.findings.filter((f) => isWarning(f.category) === warning && cli.sentences[f.sentence]?.block !== 'body').length;
    expect(await listedFindings(popup, 'findings')).toEqual({ body: numbers.warnings, outside: outsideOf(true) });
    expect(await listedFindings(popup, 'attributions')).toEqual({ body: numbers.named, outside: outsideOf(false) });
    expect(numbers.warnings + numbers.named + outsideOf(true) + outsideOf(false)).toBe(cli.findings.length);
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
  const index = cli.findings.findLastIndex((f) => isWarning(f.category));
  expect(index).toBeGreaterThan(0);
  const target = cli.findings[index]!;
  const page = await ext.newPage(ext.fixtureUrl('guardian-1'));
  await ext.waitForHighlights(page);
  const { popup } = await openPopup(ext, page);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await openSection(popup, 'findings');

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
  expect(await popup.evaluate(() => document.querySelector('.notice')?.textContent)).toBe('');
});

test('a finding the page no longer has at that index is not revealed: the popup says so', async ({ ext }) => {
  const cli = cliReport(fixtureFile('guardian-1'));
  const warnings = cli.findings.map((f, index) => ({ f, index })).filter(({ f }) => isWarning(f.category));
  // Turning off the rule of the first warning shifts the index of every finding after it: the
  // next warning's index then names another finding of the new report.
  const first = warnings[0]!;
  const next = warnings.find(({ f, index }) => index > first.index && f.rule !== first.f.rule)!;
  expect(next).toBeDefined();
  const page = await ext.newPage(ext.fixtureUrl('guardian-1'));
  await ext.waitForHighlights(page);
  const { popup, tabId } = await openPopup(ext, page);
  await openSection(popup, 'findings');

  await ext.setStorageSync({ settings: { schemaVersion: 2, rules: { [first.f.rule]: false } } });
  // The page analyses again without that rule; the popup still holds the report it opened with.
  await expect
    .poll(() =>
      ext.inExtension(async (api, id) => {
        const report = (await api.tabs.sendMessage(id, { kind: 'toContent/getReport' })) as Report | null;
        return report?.findings.length ?? -1;
      }, tabId),
    )
    .toBe(cli.findings.length - cli.findings.filter((f) => f.rule === first.f.rule).length);

  await popup.click(`button.finding[data-index="${next.index}"]`);
  await popup.waitForFunction(() => document.querySelector('.notice')?.textContent !== '');
  expect(await popup.evaluate(() => document.querySelector('.notice')?.textContent)).toBe(
    'That passage is no longer where this report found it: the page has changed since. Close and reopen the report to see it as it is now.',
  );
  // Nothing else was revealed in its place.
  expect(await page.evaluate(() => CSS.highlights.get('sourcelight-focus')?.size ?? 0)).toBe(0);
});

test('a long page lists its warnings 200 at a time, closed until asked for', async ({ ext }) => {
  const page = await ext.newPage(ext.pageUrl('content-stress.html?case=paragraphs&n=150'));
  const { popup } = await openPopup(ext, page);
  const { warnings } = await readNumbers(popup);
  expect(warnings).toBeGreaterThan(400);
  expect(await popup.evaluate(() => document.querySelectorAll('button.finding').length)).toBe(0);
  await openSection(popup, 'findings');
  const shown = () => popup.evaluate(() => document.querySelectorAll('#findings button.finding').length);
  expect(await shown()).toBe(200);
  expect(await popup.evaluate(() => document.querySelector('#findings .show-more')?.textContent)).toBe('Show 200 more');
  await popup.click('#findings .show-more');
  expect(await shown()).toBe(400);
  expect((await listedFindings(popup, 'findings')).body).toBe(warnings);
  expect(await popup.evaluate(() => document.querySelector('#findings .show-more'))).toBeNull();
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
  for (const heading of ['## At a glance', '## Sourcing mix', '## Warnings per category', '## Sources', '## Evidence links', '## Every warning', '## Named-source attributions']) {
    expect(lines).toContain(heading);
  }
  expect(lines).toContain(`- Warnings: ${warningCount(cli.summary.byCategory)}`);
  expect(lines).toContain(`- Named sources: ${attributionCount(cli.summary.byCategory)}`);
  expect(lines).toContain(`- Words: ${cli.summary.words}`);
  for (const c of WARNING_CATEGORIES) {
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

test('"only the sites listed": an unlisted site says so, and one button runs it there', async ({ ext }) => {
  await ext.setStorageSync({ settings: { schemaVersion: 2, runOn: 'listed' } });
  const page = await ext.newPage(ext.seedDemoUrl);
  const { popup } = await openPopup(ext, page, 'notListed');
  expect(await popup.evaluate(() => document.querySelector('.message p')?.textContent)).toBe(
    'Sourcelight runs only on the sites you listed, and 127.0.0.1 is not one of them.',
  );
  expect(await popup.evaluate(() => document.querySelector('#run-on-site')?.textContent)).toBe('Run on 127.0.0.1 too');
  await popup.click('#run-on-site');
  await popup.waitForFunction(() => document.documentElement.dataset.state === 'report', undefined, { timeout: 15_000 });
  await ext.waitForHighlights(page);
  expect(JSON.stringify(await ext.storageSync())).toContain('"127.0.0.1"');
});

test('off for this page stores the address without its query', async ({ ext }) => {
  const page = await ext.newPage(`${ext.seedDemoUrl}?session=s3cr3t#top`);
  await ext.waitForHighlights(page);
  const { popup } = await openPopup(ext, page);
  await popup.click('#off-page');
  await popup.waitForFunction(() => document.documentElement.dataset.state === 'off');
  const stored = JSON.stringify(await ext.storageSync());
  expect(stored).toContain(JSON.stringify(ext.seedDemoUrl));
  expect(stored).not.toContain('s3cr3t');
  // The same page with another query is off too.
  const again = await ext.newPage(`${ext.seedDemoUrl}?utm_source=mail`);
  await openPopup(ext, again, 'off');
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
    // The finding lists are closed at first: open "Every warning" as a reader would.
    if (id === 'summary:findings' && !reached.has('finding')) {
      await popup.keyboard.press('Enter');
      await popup.waitForFunction(() => !!document.querySelector('#findings button.finding'));
    }
    if (id === 'off-page') break;
  }
  for (const id of ['open-options', 'summary:howto', 'summary:categories', 'summary:sources', 'summary:links', 'summary:findings', 'finding', 'copy-md', 'download-md', 'copy-json', 'download-json', 'off-site', 'off-page']) {
    expect(reached).toContain(id);
  }
});
