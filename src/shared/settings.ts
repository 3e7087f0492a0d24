/**
 * The reader's settings, stored in `storage.sync`. The type follows from the defaults.
 * Reading validates and repairs (see issue "Options"): never trust what storage returns.
 */
import { CATEGORY_IDS, type CategoryId, type CustomPhrase } from '../engine/types';

export type RunMode = 'articles' | 'all' | 'listed';
export type HighlightStyle = 'background' | 'underline' | 'both';

export const DEFAULT_COLORS: Record<CategoryId, string> = {
  hedge: '#f5c542',
  'evidence-gap': '#f08a5d',
  'vague-source': '#b084f5',
  'anonymous-source': '#e86fa8',
  'loaded-verb': '#5dc8f0',
  certainty: '#f06262',
  speculation: '#7bd88f',
  'named-source': '#9aa5b1',
};

export const DEFAULT_SETTINGS = {
  schemaVersion: 1,
  /** Master switch. */
  enabled: true,
  categories: Object.fromEntries(CATEGORY_IDS.map((c) => [c, true])) as Record<CategoryId, boolean>,
  /** Per-rule overrides of the rule's default; absent means "the rule's default". */
  rules: {} as Record<string, boolean>,
  customPhrases: [] as CustomPhrase[],
  runOn: 'articles' as RunMode,
  /** Host patterns ("example.com", "*.example.com") where it runs when runOn is 'listed'. */
  allowedSites: [] as string[],
  /** Host patterns where it never runs. */
  blockedSites: [] as string[],
  /** Exact page URLs (without hash) where it never runs. */
  blockedPages: [] as string[],
  highlightStyle: 'background' as HighlightStyle,
  colors: DEFAULT_COLORS,
  /** Named sources are the good case: reported always, highlighted only if asked. */
  highlightNamedSources: false,
};

export type Settings = typeof DEFAULT_SETTINGS;
