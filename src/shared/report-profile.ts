/**
 * The report's at-a-glance part, derived from the engine's numbers only: the sourcing mix,
 * the one-line profile (with the figures that led to it), and the counts per category.
 * Pure: shared by the popup, the badge and the Markdown export.
 *
 * The profile is never a score. It names which group of sentences dominates, using the
 * thresholds below, and always carries the figures it was decided on so the popup can
 * show them next to it.
 */
import {
  CATEGORY_IDS,
  SOURCING_STATUSES,
  WARNING_CATEGORIES,
  type BlockKind,
  type CategoryId,
  type Finding,
  type Report,
  type Source,
  type SourcingStatus,
} from '../engine/types';

export interface MixEntry {
  status: SourcingStatus;
  count: number;
  /** count / total, 0 when there are no sentences. */
  share: number;
}

/** The sourcing of the counted (body) sentences, in SOURCING_STATUSES order, as the engine summarised it. */
export function sourcingMix(report: Pick<Report, 'summary'>): { total: number; entries: MixEntry[] } {
  const counts = SOURCING_STATUSES.map((status) => ({ status, count: report.summary.bySourcing[status] ?? 0 }));
  const total = counts.reduce((sum, e) => sum + e.count, 0);
  return { total, entries: counts.map((e) => ({ ...e, share: total === 0 ? 0 : e.count / total })) };
}

/** Statuses grouped the way a reader weighs them. */
export const SOURCING_GROUPS = {
  /** A reader can check these: a named source or a link. */
  attributed: ['named', 'linked'],
  /** Nobody can check these. */
  unverifiable: ['anonymous', 'vague'],
  /** The text itself doubts the claim or says evidence is missing. */
  doubtful: ['hedged', 'gap'],
  unattributed: ['unattributed'],
} as const satisfies Record<string, readonly SourcingStatus[]>;
export type SourcingGroup = keyof typeof SOURCING_GROUPS;

export type ProfileId = 'empty' | 'wellSourced' | 'unverifiable' | 'doubtful' | 'unattributed' | 'partlySourced' | 'mixed';
/** How the profile reads: drives the badge colour and the popup's accent (always with a label). */
export type ProfileTone = 'none' | 'good' | 'mixed' | 'weak';

export interface GroupFigure {
  group: SourcingGroup;
  count: number;
  share: number;
}

export interface Profile {
  id: ProfileId;
  tone: ProfileTone;
  /** Sentences counted. */
  total: number;
  /** The figures the line was decided on, the deciding one first. */
  because: GroupFigure[];
}

/** The thresholds, exported so the popup's "how is this worked out" text can quote them. */
export const PROFILE_THRESHOLDS = {
  wellSourcedAttributed: 0.5,
  wellSourcedUnverifiableBelow: 0.2,
  unverifiable: 0.25,
  doubtful: 0.25,
  unattributed: 0.6,
  partlySourced: 0.3,
} as const;

const TONES: Record<ProfileId, ProfileTone> = {
  empty: 'none',
  wellSourced: 'good',
  unverifiable: 'weak',
  doubtful: 'weak',
  unattributed: 'mixed',
  partlySourced: 'mixed',
  mixed: 'mixed',
};

export function groupFigures(bySourcing: Partial<Record<SourcingStatus, number>>): Record<SourcingGroup, GroupFigure> {
  const total = SOURCING_STATUSES.reduce((sum, s) => sum + (bySourcing[s] ?? 0), 0);
  const figure = (group: SourcingGroup): GroupFigure => {
    const count = SOURCING_GROUPS[group].reduce((sum, s: SourcingStatus) => sum + (bySourcing[s] ?? 0), 0);
    return { group, count, share: total === 0 ? 0 : count / total };
  };
  return {
    attributed: figure('attributed'),
    unverifiable: figure('unverifiable'),
    doubtful: figure('doubtful'),
    unattributed: figure('unattributed'),
  };
}

/** The one-line profile: the first rule that applies, in this order. */
export function profileOf(bySourcing: Partial<Record<SourcingStatus, number>>): Profile {
  const g = groupFigures(bySourcing);
  const total = g.attributed.count + g.unverifiable.count + g.doubtful.count + g.unattributed.count;
  const T = PROFILE_THRESHOLDS;
  const make = (id: ProfileId, because: GroupFigure[]): Profile => ({ id, tone: TONES[id], total, because });

  if (total === 0) return make('empty', []);
  if (g.attributed.share >= T.wellSourcedAttributed && g.unverifiable.share < T.wellSourcedUnverifiableBelow) {
    return make('wellSourced', [g.attributed, g.unverifiable]);
  }
  if (g.unverifiable.share >= T.unverifiable && g.unverifiable.count > g.attributed.count) {
    return make('unverifiable', [g.unverifiable, g.attributed]);
  }
  if (g.doubtful.share >= T.doubtful) return make('doubtful', [g.doubtful, g.attributed]);
  if (g.unattributed.share >= T.unattributed) return make('unattributed', [g.unattributed, g.attributed]);
  if (g.attributed.share >= T.partlySourced) return make('partlySourced', [g.attributed, g.unverifiable]);
  return make('mixed', [g.attributed, g.unverifiable, g.doubtful]);
}

export interface CategoryCount {
  category: CategoryId;
  count: number;
  /** Of which inside quotation marks (someone else's words). */
  quoted: number;
}

/** Counts per category in CATEGORY_IDS order (or of the categories given), as the engine summarised them. */
export function categoryCounts(report: Pick<Report, 'summary'>, categories: readonly CategoryId[] = CATEGORY_IDS): CategoryCount[] {
  return categories.map((category) => ({
    category,
    count: report.summary.byCategory[category] ?? 0,
    quoted: report.summary.quotedByCategory?.[category] ?? 0,
  }));
}

/** Findings that warn the reader (every category but `named-source`, the good case). */
export function warningCount(byCategory: Partial<Record<CategoryId, number>>): number {
  return WARNING_CATEGORIES.reduce((sum, c) => sum + (byCategory[c] ?? 0), 0);
}

/** Named-source attributions: the good case, counted apart from the warnings everywhere. */
export function attributionCount(byCategory: Partial<Record<CategoryId, number>>): number {
  return byCategory['named-source'] ?? 0;
}

/**
 * Warnings per 1,000 words. The engine's summary.findingsPer1000Words counts named sources
 * too; the popup's headline numbers leave the good case out, so this rate matches its count.
 */
export function warningsPer1000Words(summary: Pick<Report['summary'], 'byCategory' | 'words'>): number {
  return summary.words === 0 ? 0 : (warningCount(summary.byCategory) / summary.words) * 1000;
}

export interface FindingItem {
  /** Index into `Report.findings` (what `toContent/revealFinding` takes). */
  index: number;
  finding: Finding;
}

export interface FindingGroup {
  category: CategoryId;
  items: FindingItem[];
}

/** The blocks the summary counts apart from the body (SPEC.md section 2), in the order the report names them. */
export const OUTSIDE_BLOCKS = ['headline', 'byline', 'caption', 'quote'] as const satisfies readonly Exclude<BlockKind, 'body'>[];
export type OutsideBlock = (typeof OUTSIDE_BLOCKS)[number];

/** The block a finding sits in (its sentence's); body when the sentence is unknown. */
export function blockOf(report: Pick<Report, 'sentences'>, finding: Pick<Finding, 'sentence'>): BlockKind {
  return report.sentences[finding.sentence]?.block ?? 'body';
}

/** Which findings: those the summary counts (the body), those it counts apart, or all. */
export type Place = 'body' | 'outside' | 'anywhere';

const isIn = (block: BlockKind, place: Place) => place === 'anywhere' || (place === 'body') === (block === 'body');

/**
 * The findings of the given categories (all by default) and place grouped by category
 * (CATEGORY_IDS order, empty groups left out), each group in page order.
 */
export function findingsByCategory(
  report: Pick<Report, 'findings' | 'sentences'>,
  categories: readonly CategoryId[] = CATEGORY_IDS,
  place: Place = 'anywhere',
): FindingGroup[] {
  const groups = new Map<CategoryId, FindingItem[]>();
  report.findings.forEach((finding, index) => {
    if (!categories.includes(finding.category) || !isIn(blockOf(report, finding), place)) return;
    const list = groups.get(finding.category) ?? [];
    list.push({ index, finding });
    groups.set(finding.category, list);
  });
  return CATEGORY_IDS.filter((c) => groups.has(c)).map((category) => ({
    category,
    items: (groups.get(category) ?? []).sort((a, b) => a.finding.start - b.finding.start),
  }));
}

/** The findings of the given categories outside the body, in page order (the report lists them apart). */
export function findingsOutsideBody(report: Pick<Report, 'findings' | 'sentences'>, categories: readonly CategoryId[]): FindingItem[] {
  return findingsByCategory(report, categories, 'outside')
    .flatMap((g) => g.items)
    .sort((a, b) => a.finding.start - b.finding.start);
}

/**
 * Warnings outside the body per kind of block, the blocks without any left out. From the
 * findings: summary.outsideBody.byBlock counts sentences, not findings.
 */
export function outsideWarningsByBlock(report: Pick<Report, 'findings' | 'sentences'>): { block: OutsideBlock; count: number }[] {
  const counts = new Map<BlockKind, number>();
  for (const f of report.findings) {
    if (f.category === 'named-source') continue;
    const block = blockOf(report, f);
    if (block !== 'body') counts.set(block, (counts.get(block) ?? 0) + 1);
  }
  return OUTSIDE_BLOCKS.filter((b) => counts.has(b)).map((block) => ({ block, count: counts.get(block)! }));
}

/** What the popup sends with a finding's index, so the page can tell the index still means that finding. */
export type FindingRef = Pick<Finding, 'start' | 'end' | 'rule'>;

/**
 * Whether a finding is the one the popup meant: after a re-analysis (settings changed, the
 * page grew) the same index can name another finding, or none.
 */
export function isSameFinding(finding: FindingRef, ref: FindingRef): boolean {
  return finding.start === ref.start && finding.end === ref.end && finding.rule === ref.rule;
}

/** The text of a sentence, whitespace collapsed. */
export function sentenceText(report: Pick<Report, 'text' | 'sentences'>, index: number): string {
  const sentence = report.sentences[index];
  return sentence ? report.text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim() : '';
}

export interface SourceGroups {
  /** People, organisations and documents, most mentioned first. */
  named: Source[];
  anonymous: Source[];
  vague: Source[];
}

export function sourceGroups(report: Pick<Report, 'sources'>): SourceGroups {
  const byMentions = (a: Source, b: Source) => b.mentions - a.mentions || a.name.localeCompare(b.name);
  const of = (kinds: Source['kind'][]) => report.sources.filter((s) => kinds.includes(s.kind)).sort(byMentions);
  return { named: of(['person', 'organization', 'document']), anonymous: of(['anonymous']), vague: of(['vague']) };
}

/** The findings of a sentence, to jump to a source's sentence on the page. */
export function firstFindingInSentence(report: Pick<Report, 'findings'>, sentence: number): number {
  return report.findings.findIndex((f) => f.sentence === sentence);
}
