/**
 * Accuracy against the hand-labelled gold spans of ../shared/fixtures (ANNOTATION.md).
 *
 * How it is scored (unseen articles will be scored the same way):
 * - A finding counts when it overlaps a gold span of the same group. The groups are
 *   "warning" (every category but named-source) and "named-source".
 * - Within the warning group the category need NOT match: the thresholds are about
 *   whether the engine marks the right words at all. Whether it also picks the gold
 *   category is printed as "category agreement", so a drift shows, but it does not fail.
 * - Warning precision = warning findings overlapping some warning gold span / all warning
 *   findings. Warning recall = warning gold spans overlapped by a warning finding / all.
 * - named-source is the good case and only its recall is scored (its extra findings are
 *   not warnings a reader sees by default).
 * - Seed: every hedge, evidence-gap and vague-source gold span must be overlapped by a
 *   finding of that same category.
 * Misses and false positives are printed with their sentence, to help tune rules.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/engine/index';
import type { CategoryId, Finding, Report } from '../../../src/engine/types';
import { fixturesDir, newsPageFile, newsPages } from '../../../src/tools/paths';

interface Gold {
  page: string;
  start: number;
  end: number;
  text: string;
  category: CategoryId;
}

function loadGold(file: string): Gold[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Gold);
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;
const isWarning = (c: CategoryId): boolean => c !== 'named-source';

function context(text: string, start: number, end: number): string {
  const s = Math.max(0, start - 50);
  return `${text.slice(s, start)}[${text.slice(start, end)}]${text.slice(end, end + 50)}`.replace(/\s+/g, ' ');
}

interface Score {
  warningGold: number;
  warningFound: number;
  warningFindings: number;
  warningTrue: number;
  categoryAgree: number;
  namedGold: number;
  namedFound: number;
  misses: string[];
  falsePositives: string[];
  namedMisses: string[];
}

function score(pages: Map<string, string>, gold: Gold[]): Score {
  const s: Score = { warningGold: 0, warningFound: 0, warningFindings: 0, warningTrue: 0, categoryAgree: 0, namedGold: 0, namedFound: 0, misses: [], falsePositives: [], namedMisses: [] };
  for (const [page, text] of pages) {
    const report: Report = analyze(text, { source: page });
    const spans = gold.filter((g) => g.page === page);
    for (const g of spans) expect(text.slice(g.start, g.end), `gold offsets of ${page}`).toBe(g.text);
    const warnings = report.findings.filter((f) => isWarning(f.category));
    const named = report.findings.filter((f) => f.category === 'named-source');
    for (const g of spans) {
      if (isWarning(g.category)) {
        s.warningGold++;
        const hits = warnings.filter((f) => overlaps(f, g));
        if (hits.length) s.warningFound++;
        else s.misses.push(`${page} ${g.category}: ${context(text, g.start, g.end)}`);
        if (hits.some((f) => f.category === g.category)) s.categoryAgree++;
      } else {
        s.namedGold++;
        if (named.some((f) => overlaps(f, g))) s.namedFound++;
        else s.namedMisses.push(`${page}: ${context(text, g.start, g.end)}`);
      }
    }
    for (const f of warnings) {
      s.warningFindings++;
      if (spans.some((g) => isWarning(g.category) && overlaps(f, g))) s.warningTrue++;
      else s.falsePositives.push(`${page} ${f.category} [${f.rule}]: ${context(text, f.start, f.end)}`);
    }
  }
  return s;
}

function describeFinding(f: Finding): string {
  return `${f.category}/${f.rule} "${f.text}"`;
}

const ratio = (a: number, b: number): number => (b ? a / b : 1);

describe('accuracy against the gold annotations', () => {
  it('news pages: warning recall >= 0.85, precision >= 0.80; named-source recall >= 0.80', () => {
    const gold = loadGold(resolve(fixturesDir, 'news/gold.jsonl'));
    const goldPages = [...new Set(gold.map((g) => g.page))];
    expect(newsPages()).toEqual(expect.arrayContaining(goldPages));
    const pages = new Map(goldPages.map((page) => [page, readFileSync(newsPageFile(page, 'article.txt'), 'utf8')]));
    const s = score(pages, gold);
    // ratio() counts an empty denominator as perfect: an empty gold file must not pass.
    expect(s.warningGold).toBeGreaterThan(0);
    expect(s.namedGold).toBeGreaterThan(0);
    const recall = ratio(s.warningFound, s.warningGold);
    const precision = ratio(s.warningTrue, s.warningFindings);
    const namedRecall = ratio(s.namedFound, s.namedGold);
    const lines = [
      `news: ${pages.size} pages`,
      `  warning recall    ${recall.toFixed(3)} (${s.warningFound}/${s.warningGold})`,
      `  warning precision ${precision.toFixed(3)} (${s.warningTrue}/${s.warningFindings})`,
      `  category agreement on found spans ${ratio(s.categoryAgree, s.warningFound).toFixed(3)} (${s.categoryAgree}/${s.warningFound})`,
      `  named-source recall ${namedRecall.toFixed(3)} (${s.namedFound}/${s.namedGold})`,
      `missed warning spans (${s.misses.length}):`,
      ...s.misses.map((m) => `  - ${m}`),
      `false positives (${s.falsePositives.length}):`,
      ...s.falsePositives.map((m) => `  - ${m}`),
      `missed named-source spans (${s.namedMisses.length}):`,
      ...s.namedMisses.map((m) => `  - ${m}`),
    ];
    console.log(lines.join('\n'));
    expect(recall).toBeGreaterThanOrEqual(0.85);
    expect(precision).toBeGreaterThanOrEqual(0.8);
    expect(namedRecall).toBeGreaterThanOrEqual(0.8);
  });

  it('seed: every hedge, evidence-gap and vague-source span is found in its category', () => {
    const gold = loadGold(resolve(fixturesDir, 'seed/gold.jsonl'));
    const text = readFileSync(resolve(fixturesDir, 'seed/article.txt'), 'utf8');
    const report = analyze(text, { source: 'seed' });
    const required = gold.filter((g) => g.category === 'hedge' || g.category === 'evidence-gap' || g.category === 'vague-source');
    const missing = required.filter((g) => !report.findings.some((f) => f.category === g.category && overlaps(f, g)));
    expect(required.length).toBeGreaterThan(0);
    const s = score(new Map([['seed', text]]), gold);
    console.log(
      [
        `seed: warning recall ${ratio(s.warningFound, s.warningGold).toFixed(3)}, precision ${ratio(s.warningTrue, s.warningFindings).toFixed(3)}, named-source recall ${ratio(s.namedFound, s.namedGold).toFixed(3)}`,
        `findings: ${report.findings.map(describeFinding).join('; ')}`,
        ...missing.map((g) => `  missing ${g.category}: "${g.text}"`),
      ].join('\n'),
    );
    expect(missing.map((g) => `${g.category}: ${g.text}`)).toEqual([]);
  });
});
