/**
 * Every message between the extension's parts, as one union keyed on `kind`.
 * The prefix names the direction: `toBackground/…`, `toContent/…`.
 */
import type { Report, CategoryId } from '../engine/types';

/** What the content script knows about its page: the engine's report plus where it came from. */
export interface PageReport extends Report {
  url: string;
  title: string;
  /** ISO time of the analysis. */
  analyzedAt: string;
}

export type Message =
  /** The page's findings changed: update the badge. */
  | { kind: 'toBackground/findingsChanged'; count: number; byCategory: Partial<Record<CategoryId, number>> }
  /** The popup asks the page for its report; answered with `PageReport | null`. */
  | { kind: 'toContent/getReport' }
  /** Scroll to a finding, flash it and show its card. */
  | { kind: 'toContent/revealFinding'; index: number };
