import { describe, expect, it } from 'vitest';
import {
  attributionCount,
  blockOf,
  categoryCounts,
  findingsOutsideBody,
  isSameFinding,
  outsideWarningsByBlock,
  findingsByCategory,
  groupFigures,
  profileOf,
  sentenceText,
  sourceGroups,
  sourcingMix,
  warningCount,
  firstFindingInSentence,
  warningsPer1000Words,
} from '../../../src/shared/report-profile';
import { CATEGORY_IDS, WARNING_CATEGORIES, type CategoryId } from '../../../src/engine/types';
import { analyze } from '../../../src/engine/index';
import { sampleReport } from './fixture';

describe('sourcingMix', () => {
  it('lists every status in a fixed order with counts and shares', () => {
    const mix = sourcingMix(sampleReport());
    expect(mix.total).toBe(5);
    expect(mix.entries.map((e) => e.status)).toEqual(['named', 'anonymous', 'vague', 'hedged', 'gap', 'linked', 'unattributed']);
    expect(mix.entries.map((e) => e.count)).toEqual([1, 1, 1, 0, 1, 0, 1]);
    expect(mix.entries[0]!.share).toBeCloseTo(0.2);
  });

  it('gives zero shares, not NaN, for a page without sentences', () => {
    const mix = sourcingMix({ summary: { ...sampleReport().summary, bySourcing: {} } });
    expect(mix.total).toBe(0);
    expect(mix.entries.every((e) => e.share === 0)).toBe(true);
  });
});

describe('profileOf', () => {
  it('is empty when nothing was counted', () => {
    expect(profileOf({})).toMatchObject({ id: 'empty', tone: 'none', total: 0, because: [] });
  });

  it('calls a page well sourced when most sentences are named or linked and few are vague', () => {
    const p = profileOf({ named: 4, linked: 2, vague: 1, unattributed: 3 });
    expect(p).toMatchObject({ id: 'wellSourced', tone: 'good', total: 10 });
    expect(p.because[0]).toEqual({ group: 'attributed', count: 6, share: 0.6 });
    expect(p.because[1]).toMatchObject({ group: 'unverifiable', count: 1 });
  });

  it('is not well sourced when vague sources reach the limit even with a named majority', () => {
    expect(profileOf({ named: 6, vague: 2, unattributed: 2 }).id).toBe('partlySourced');
  });

  it('names vague and anonymous sourcing when it outweighs named sourcing', () => {
    const p = profileOf({ anonymous: 3, vague: 2, named: 1, unattributed: 4 });
    expect(p).toMatchObject({ id: 'unverifiable', tone: 'weak' });
    expect(p.because.map((g) => [g.group, g.count])).toEqual([
      ['unverifiable', 5],
      ['attributed', 1],
    ]);
  });

  it('does not name vague sourcing when named sources are as many', () => {
    expect(profileOf({ anonymous: 3, named: 3, unattributed: 4 }).id).toBe('partlySourced');
  });

  it('names hedging and gaps', () => {
    expect(profileOf({ hedged: 2, gap: 1, named: 1, unattributed: 6 })).toMatchObject({ id: 'doubtful', tone: 'weak' });
  });

  it('names unattributed assertion', () => {
    expect(profileOf({ unattributed: 7, named: 2, hedged: 1 })).toMatchObject({ id: 'unattributed', tone: 'mixed' });
  });

  it('falls back to mixed and shows three groups', () => {
    const p = profileOf({ named: 2, anonymous: 2, hedged: 2, unattributed: 4 });
    expect(p.id).toBe('mixed');
    expect(p.because.map((g) => g.group)).toEqual(['attributed', 'unverifiable', 'doubtful']);
  });

  it('decides the sample page on its vague and anonymous sentences', () => {
    expect(profileOf(sampleReport().summary.bySourcing).id).toBe('unverifiable');
  });

  it('groups figures add up to the total', () => {
    const g = groupFigures({ named: 1, linked: 1, anonymous: 1, vague: 1, hedged: 1, gap: 1, unattributed: 1 });
    expect(g.attributed.count + g.unverifiable.count + g.doubtful.count + g.unattributed.count).toBe(7);
  });
});

describe('counts', () => {
  it('counts per category in catalogue order with quoted findings apart', () => {
    const counts = categoryCounts(sampleReport());
    expect(counts.map((c) => c.category)).toEqual(CATEGORY_IDS);
    expect(counts.find((c) => c.category === 'certainty')).toEqual({ category: 'certainty', count: 1, quoted: 1 });
    expect(counts.find((c) => c.category === 'speculation')!.count).toBe(0);
  });

  it('leaves named sources out of the warning count, and counts them apart', () => {
    expect(warningCount(sampleReport().summary.byCategory)).toBe(5);
    expect(attributionCount(sampleReport().summary.byCategory)).toBe(1);
    expect(attributionCount({})).toBe(0);
  });

  it('counts the warning categories alone for the per-category table', () => {
    const counts = categoryCounts(sampleReport(), WARNING_CATEGORIES);
    expect(counts.map((c) => c.category)).toEqual(WARNING_CATEGORIES);
    expect(counts.reduce((sum, c) => sum + c.count, 0)).toBe(warningCount(sampleReport().summary.byCategory));
  });
});

describe('findings and sources', () => {
  it('groups findings by category in page order, keeping their report index', () => {
    const groups = findingsByCategory(sampleReport());
    // The sample has no loaded-verb and no speculation finding: the others, in catalogue order.
    const withoutFindings: CategoryId[] = ['loaded-verb', 'speculation'];
    expect(groups.map((g) => g.category)).toEqual(CATEGORY_IDS.filter((c) => !withoutFindings.includes(c)));
    expect(groups.find((g) => g.category === 'anonymous-source')!.items[0]!.index).toBe(5);
  });

  it('groups only the categories asked for: warnings and attributions apart, adding up to every finding', () => {
    const r = sampleReport();
    const warnings = findingsByCategory(r, WARNING_CATEGORIES);
    const attributions = findingsByCategory(r, ['named-source']);
    expect(warnings.some((g) => g.category === 'named-source')).toBe(false);
    expect(warnings.flatMap((g) => g.items)).toHaveLength(warningCount(r.summary.byCategory));
    expect(attributions.map((g) => [g.category, g.items.map((i) => i.index)])).toEqual([['named-source', [4]]]);
  });

  it('tells whether a finding is still the one the popup meant', () => {
    const f = sampleReport().findings[0]!;
    expect(isSameFinding(f, { start: f.start, end: f.end, rule: f.rule })).toBe(true);
    expect(isSameFinding(f, { start: f.start + 1, end: f.end, rule: f.rule })).toBe(false);
    expect(isSameFinding(f, { start: f.start, end: f.end + 1, rule: f.rule })).toBe(false);
    expect(isSameFinding(f, { start: f.start, end: f.end, rule: 'another-rule' })).toBe(false);
  });

  it('returns a sentence as plain text', () => {
    const r = sampleReport();
    expect(sentenceText(r, 2)).toBe('Foreign Minister Sergey Lavrov said the data is public.');
    expect(sentenceText(r, 99)).toBe('');
  });

  it('lists named sources by mentions, then anonymous, then vague', () => {
    const g = sourceGroups(sampleReport());
    expect(g.named.map((s) => s.name)).toEqual(['Interior Ministry', 'Sergey Lavrov']);
    expect(g.anonymous.map((s) => s.name)).toEqual(['officials']);
    expect(g.vague.map((s) => s.name)).toEqual(['critics']);
  });

  it('finds the first finding of a sentence to jump to', () => {
    const r = sampleReport();
    expect(firstFindingInSentence(r, 1)).toBe(1);
    expect(firstFindingInSentence(r, 4)).toBe(-1);
  });
});

describe('warningsPer1000Words', () => {
  it('leaves named sources out of the rate, like the count', () => {
    expect(warningsPer1000Words(sampleReport().summary)).toBe(200);
    expect(warningsPer1000Words({ byCategory: { hedge: 3 }, words: 0 })).toBe(0);
  });
});

describe('the body and what is outside it', () => {
  /** The sample with its first sentence as the headline and its second as a caption. */
  const withBlocks = () => {
    const r = sampleReport();
    r.sentences[0] = { ...r.sentences[0]!, block: 'headline' };
    r.sentences[1] = { ...r.sentences[1]!, block: 'caption' };
    return r;
  };

  it('lists body findings and those outside it apart', () => {
    const r = withBlocks();
    expect(findingsByCategory(r, WARNING_CATEGORIES, 'body').flatMap((g) => g.items.map((i) => i.finding.text))).toEqual(['No evidence']);
    expect(findingsOutsideBody(r, WARNING_CATEGORIES).map((i) => i.finding.text)).toEqual(['Officials', 'allegedly', 'Critics say', 'clearly']);
    expect(findingsOutsideBody(r, ['named-source'])).toEqual([]);
    expect(blockOf(r, r.findings[0]!)).toBe('headline');
  });

  it('counts warnings outside the body per kind of block, from the findings', () => {
    expect(outsideWarningsByBlock(withBlocks())).toEqual([
      { block: 'headline', count: 2 },
      { block: 'caption', count: 2 },
    ]);
    expect(outsideWarningsByBlock(sampleReport())).toEqual([]);
  });

  it('adds up with the engine: the mix, the sentences and the warnings are the body’s', () => {
    const headline = 'Officials allegedly hid the report';
    const caption = 'Critics say the plan will likely fail.';
    const body = 'Mayor Jane Smith said the road is closed. No evidence has been provided. The talks continue.';
    const text = `${headline}\n\n${caption}\n\n${body}`;
    const blocks = [
      { start: 0, end: headline.length, kind: 'headline' as const },
      { start: headline.length + 2, end: headline.length + 2 + caption.length, kind: 'caption' as const },
      { start: text.length - body.length, end: text.length, kind: 'body' as const },
    ];
    const report = analyze(text, { blocks });
    expect(sourcingMix(report).total).toBe(report.summary.sentences);
    expect(report.summary.sentences).toBe(3);
    expect(categoryCounts(report, WARNING_CATEGORIES).reduce((n, c) => n + c.count, 0)).toBe(warningCount(report.summary.byCategory));
    expect(findingsByCategory(report, WARNING_CATEGORIES, 'body').flatMap((g) => g.items)).toHaveLength(warningCount(report.summary.byCategory));
    // Outside: what the summary counts apart, block by block.
    const outside = outsideWarningsByBlock(report);
    expect(outside.map((o) => o.block)).toEqual(['headline', 'caption']);
    expect(outside.reduce((n, o) => n + o.count, 0)).toBe(warningCount(report.summary.outsideBody.byCategory));
  });
});
