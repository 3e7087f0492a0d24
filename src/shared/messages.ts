/**
 * Every message between the extension's parts, as one union keyed on `kind`.
 * The prefix names the direction: `toBackground/…`, `toContent/…`.
 */
import type { Report, SourcingStatus, TextLink, AnalyzeOptions } from '../engine/types';
import type { LightPage } from '../page/article';

/** What the content script knows about its page: the engine's report plus where it came from. */
export interface PageReport extends Report {
  url: string;
  title: string;
  /** ISO time of the analysis. */
  analyzedAt: string;
  /**
   * The article body's links (the engine's AnalyzeOptions.links: spans of `text` and
   * absolute hrefs). Absent means the page did not say, not that there are none.
   */
  links?: TextLink[];
}

/** What the background knows about a tab, for the popup (answer to `toBackground/getTabState`). */
export interface TabState {
  /** The top frame's URL, as last reported by its content script. */
  url?: string;
  count: number;
}

/**
 * The background's answer to `toBackground/analyze`: the engine's report for the text, and
 * the names of the rules it found (the card shows them; the content script carries no
 * rule catalogue).
 */
export interface AnalyzeAnswer {
  report: Report;
  ruleNames: Record<string, string>;
}

/**
 * The content script's answer to `toContent/getStats`: what its passes cost on the page's main
 * thread and what failed, for tests and the bench. Kept in the content script, never written
 * to the page's performance timeline (page scripts and analytics could read that).
 */
export interface ContentStats {
  /** Finished passes (find the article, read, analyse, paint), those that found no article included. */
  passes: number;
  /** Main-thread time of all passes together (sum of their slices). */
  busyMs: number;
  /** The longest single slice of any pass. */
  longestSliceMs: number;
  /** Our failures on the page, as text (empty when all went well). */
  errors: string[];
  /** Chunk reports held in the content script's cache. */
  cachedChunks: number;
  /** What the hover card shows now (null: no card on screen). */
  card: CardState | null;
  /** The first pass in detail (startMs on the page's performance.now() clock); absent before it ends. */
  firstPass?: {
    startMs: number;
    wallMs: number;
    busyMs: number;
    longestSliceMs: number;
    findings: number;
    /** Busy time per phase: article, text-map, engine, paint. */
    phases: Record<string, number>;
  };
}

/** A box in viewport CSS pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * What the visible hover card shows, as the reader sees and hears it (in `ContentStats`).
 * The card's shadow root is closed, so a page cannot read the reader's rules and choices
 * from it; tests read the card here instead, asked from an extension page.
 */
export interface CardState {
  category: string;
  rule: string;
  /** The phrase, in quotes. */
  phrase: string;
  explanation: string;
  /** The sentence's sourcing line ('' when the card has none). */
  sourcing: string;
  /** "3 / 12" when stepping with the keyboard, else ''. */
  position: string;
  /** What the card's live region last announced. */
  announced: string;
  /** A failure shown in the card, e.g. turning a rule off was not saved ('' when none). */
  error: string;
  /** What has keyboard focus inside the card (null: focus is not in the card). */
  focus: 'dialog' | 'close' | 'turn-off' | 'options' | null;
  /** The dialog's role, aria-modal and accessible name (the text it is labelled by). */
  dialog: { role: string; modal: string; name: string; description: string };
  /** Each button's accessible name and box, so a test can press it with the real pointer. */
  buttons: Record<'close' | 'turn-off' | 'options', { name: string; box: Box }>;
  box: Box;
}

export type Message =
  /** The page's findings changed: update the badge. */
  | {
      kind: 'toBackground/findingsChanged';
      /** Warnings marked on the page (named sources are the good case, not counted). */
      warnings: number;
      /** The report's summary.bySourcing: the badge's colour follows the profile. */
      bySourcing: Partial<Record<SourcingStatus, number>>;
    }
  /** Open the options page (from a card's "turn this rule off" link, or the popup). */
  | { kind: 'toBackground/openOptions' }
  /**
   * The content script's text (one chunk of an article) for the engine, answered with
   * `AnalyzeAnswer`. The engine runs in the background, off the page's main thread: its
   * compiled rules are built once per background, not on every page load.
   */
  | { kind: 'toBackground/analyze'; text: string; options: AnalyzeOptions }
  /**
   * The content script's light copy of its page, for Readability; answered with an
   * `ArticleDecision` (src/page/article.ts). Off the page's main thread, like the engine.
   */
  | { kind: 'toBackground/findArticle'; page: LightPage }
  /** The popup asks what the background knows about a tab; answered with `TabState`. */
  | { kind: 'toBackground/getTabState'; tabId: number }
  /** The popup asks the page for its report; answered with `PageReport | null`. */
  | { kind: 'toContent/getReport' }
  /** Tests and the bench ask the page what our work cost; answered with `ContentStats`. */
  | { kind: 'toContent/getStats' }
  /**
   * Scroll to a finding, flash it and show its card. `start`, `end` and `rule` are the
   * finding's as the popup's report has them: the page reveals it only if its finding at
   * `index` is still that one (see isSameFinding). Answered true when shown, else false.
   */
  | { kind: 'toContent/revealFinding'; index: number; start: number; end: number; rule: string }
  /** A keyboard shortcut from the manifest's `commands`, relayed to the active tab. */
  | { kind: 'toContent/command'; command: string };
