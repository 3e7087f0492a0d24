/**
 * The engine's public contract: what `analyze` takes and returns (SPEC.md section 5).
 * Offsets are JavaScript string indices (UTF-16 code units) into `Report.text`.
 */

export const CATEGORY_IDS = [
  'hedge',
  'evidence-gap',
  'vague-source',
  'anonymous-source',
  'loaded-verb',
  'certainty',
  'speculation',
  'named-source',
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** Categories that warn the reader; `named-source` is the good case and is scored apart. */
export const WARNING_CATEGORIES = CATEGORY_IDS.filter((c) => c !== 'named-source');

export const SOURCING_STATUSES = ['named', 'anonymous', 'vague', 'hedged', 'gap', 'linked', 'unattributed'] as const;
export type SourcingStatus = (typeof SOURCING_STATUSES)[number];

export type SourceKind = 'person' | 'organization' | 'document' | 'anonymous' | 'vague';

/** Where a stretch of text sits on the page: body text is counted, the rest is counted apart. */
export type BlockKind = 'body' | 'headline' | 'byline' | 'caption' | 'quote';

export interface Finding {
  rule: string;
  category: CategoryId;
  start: number;
  end: number;
  text: string;
  /** Index into `Report.sentences`. */
  sentence: number;
  explanation: string;
  /** Inside quotation marks: someone's words, not the outlet's own. */
  quoted: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  sourcing: SourcingStatus;
  /** Names of the sources this sentence cites (keys into `Report.sources`). */
  sources: string[];
  block: BlockKind;
}

export interface Source {
  name: string;
  kind: SourceKind;
  mentions: number;
  /** e.g. "Foreign Minister" for "Foreign Minister Sergey Lavrov". */
  title?: string;
  /** Indices of the sentences that cite it. */
  sentences: number[];
}

/**
 * Counts of the article body. Headlines, bylines, captions and pull quotes are analysed
 * (their findings are in `findings`) but counted apart, in `outsideBody`.
 */
export interface Summary {
  words: number;
  sentences: number;
  byCategory: Partial<Record<CategoryId, number>>;
  bySourcing: Partial<Record<SourcingStatus, number>>;
  /** Findings inside quotation marks, per category: someone else's words. */
  quotedByCategory: Partial<Record<CategoryId, number>>;
  findingsPer1000Words: number;
  outsideBody: OutsideBody;
}

/** What the summary counts apart from the body. */
export interface OutsideBody {
  words: number;
  sentences: number;
  /** Sentences per kind of block. */
  byBlock: Partial<Record<Exclude<BlockKind, 'body'>, number>>;
  byCategory: Partial<Record<CategoryId, number>>;
}

export interface Report {
  source?: string;
  language: string;
  text: string;
  findings: Finding[];
  sentences: Sentence[];
  sources: Source[];
  summary: Summary;
}

/** A link in the analysed text (from HTML input): its anchor text span and target. */
export interface TextLink {
  start: number;
  end: number;
  href: string;
}

/** A span of the text with its place on the page; block boundaries are sentence boundaries. */
export interface TextBlock {
  start: number;
  end: number;
  kind: BlockKind;
}

/** A phrase the reader added in the options page, matched like a built-in phrase rule. */
export interface CustomPhrase {
  id: string;
  category: CategoryId;
  phrase: string;
  explanation?: string;
}

export interface AnalyzeOptions {
  /** Shown as `source` in the report (a path, `-`, or a URL). */
  source?: string;
  /** Rule ids switched off (overrides the rule's default). */
  disabledRules?: readonly string[];
  /** Rule ids switched on that are off by default. */
  enabledRules?: readonly string[];
  /** Categories switched off entirely. */
  disabledCategories?: readonly CategoryId[];
  customPhrases?: readonly CustomPhrase[];
  links?: readonly TextLink[];
  blocks?: readonly TextBlock[];
}
