/**
 * Compiles the enabled phrase, context and conditional rules into one scanner: a single
 * case-insensitive alternation over the lower-cased text finds candidate positions, and
 * a lookup by first word plus one sticky RegExp per pattern decides which rule matched
 * there (and how far). Compiled scanners are cached per options-set.
 */
import type { ConditionalRule, ContextRule, Pattern, Rule } from './rule';
import type { CategoryId, CustomPhrase } from './types';
import type { LanguagePack } from './lang/types';
import {
  WORD_AFTER,
  WORD_BEFORE,
  atomSource,
  chooseAnchor,
  compilePattern,
  customPhraseNodes,
  needsCase,
  parsePattern,
  trieSource,
  type Anchor,
  type PatternNode,
} from './pattern';

export interface ActiveRule {
  id: string;
  category: CategoryId;
  explanation: string;
  rule?: Rule;
}

interface CompiledContext {
  window: number;
  requireBefore: RegExp | null;
  requireAfter: RegExp | null;
  rejectBefore: RegExp | null;
  rejectAfter: RegExp | null;
}

interface CompiledPattern {
  rule: ActiveRule;
  /** Sticky, exact; built on first use (most patterns never meet their anchor on a page). */
  exact: () => RegExp;
  /** Built on first use, like `exact`. */
  context: (() => CompiledContext) | null;
  /** For conditional rules: what satisfies the claim. */
  conditional: CompiledConditional | null;
  /** Order of the rule in the registry: breaks ties between equally long matches. */
  order: number;
}

export interface CompiledConditional {
  namedSource: boolean;
  link: boolean;
  pattern: RegExp | null;
}

export interface RawMatch {
  rule: ActiveRule;
  start: number;
  end: number;
  conditional: CompiledConditional | null;
}

/** Where a window of neighbouring words may reach: the sentence around a position. */
export type Bounds = (pos: number) => { start: number; end: number };

const ASCII_WORD_START = /^[a-z0-9_]/;

/**
 * The scanning RegExp: one trie of every anchor word (and trigger phrase). A trie keeps
 * V8 deciding on the first characters instead of trying hundreds of alternatives at each
 * position, and anchor words (not whole phrases) keep its source small: V8 stops
 * optimising a RegExp whose source passes 20 KB, which costs about 5x.
 * Case-insensitive, no `u` flag (faster); ASCII `\b` is only a prefilter, run() checks
 * Unicode word boundaries exactly.
 */
function scanRegExp(words: Iterable<string>): RegExp | null {
  const ascii: string[] = [];
  const other: string[] = [];
  for (const word of words) if (word) (ASCII_WORD_START.test(word) ? ascii : other).push(word);
  const parts = [];
  if (ascii.length) parts.push(`\\b(?:${trieSource(ascii, atomSource)})`);
  if (other.length) parts.push(`(?:${trieSource(other, atomSource)})`);
  return parts.length ? new RegExp(`(?:${parts.join('|')})(?![a-z0-9_])`, 'gi') : null;
}

/** Called at each trigger phrase (reporting verbs for attribution), with its first word. */
export type TriggerHandler = (pos: number, word: string) => void;

interface Anchored {
  c: CompiledPattern;
  wordsBefore: number;
}

/** A match found at an anchor, before overlaps are resolved. */
interface Candidate {
  c: CompiledPattern;
  start: number;
  end: number;
}

export class Scanner {
  private readonly scan: RegExp | null;
  private readonly byAnchor = new Map<string, Anchored[]>();
  /** First words of trigger phrases. */
  private readonly triggerWords: ReadonlySet<string>;

  /** `triggers`: literal phrases (lower case) reported to run()'s handler. */
  constructor(patterns: Array<{ anchor: Anchor; compiled: CompiledPattern }>, triggers: readonly string[] = []) {
    const keys = new Set<string>();
    for (const { anchor, compiled } of patterns) {
      for (const w of anchor.words) {
        keys.add(w);
        const list = this.byAnchor.get(w);
        const entry = { c: compiled, wordsBefore: anchor.wordsBefore };
        if (list) list.push(entry);
        else this.byAnchor.set(w, [entry]);
      }
    }
    // Multi-word triggers ("according to") are keys as whole phrases, so that "in" alone
    // ("in the words of") does not stop the scanner.
    for (const t of triggers) keys.add(t);
    this.triggerWords = new Set(triggers.filter((t) => !t.includes(' ')));
    this.scan = scanRegExp(keys);
  }

  /**
   * All rule matches, left to right, never overlapping (at one place the longest wins);
   * trigger words go to `onTrigger` as they are met.
   */
  run(text: string, bounds: Bounds, onTrigger?: TriggerHandler): RawMatch[] {
    const re = this.scan;
    if (!re) return [];
    const found: Candidate[] = [];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const q = m.index;
      const end = q + m[0].length;
      let word = m[0].toLowerCase();
      const phrase = SPACE_RE.test(word);
      if (phrase) word = leadingWord(word);
      // After a trigger phrase ("according to") the words inside it are scanned again.
      re.lastIndex = phrase ? q + word.length : end;
      // The ASCII prefilter lets "caféclaimed" and "claimedé" through: check exactly.
      if ((q > 0 && isWordCode(text.charCodeAt(q - 1))) || (end < text.length && isWordCode(text.charCodeAt(end)))) continue;
      if (onTrigger && (phrase || this.triggerWords.has(word))) onTrigger(q, word);
      const anchored = this.byAnchor.get(word);
      if (anchored) this.matchAround(text, q, q + word.length, anchored, bounds, found);
    }
    return resolveOverlaps(found);
  }

  /** Tries each pattern anchored on the word at [q, qEnd) from each word start it allows. */
  private matchAround(text: string, q: number, qEnd: number, anchored: readonly Anchored[], bounds: Bounds, out: Candidate[]): void {
    const s = bounds(q);
    let maxBefore = 0;
    for (const a of anchored) if (a.wordsBefore > maxBefore) maxBefore = a.wordsBefore;
    const starts = wordStartsBefore(text, q, s.start, maxBefore);
    for (const a of anchored) {
      const exact = a.c.exact();
      for (let k = 0; k <= a.wordsBefore && k < starts.length; k++) {
        const start = starts[k]!;
        exact.lastIndex = start;
        // test(), not exec(): a sticky RegExp ends at lastIndex, and no match array is built per try.
        if (!exact.test(text)) continue;
        const end = exact.lastIndex;
        if (end < qEnd) continue; // matched without reaching its anchor: found from that anchor
        if (end > s.end) continue; // a phrase never runs on into the next sentence or paragraph
        if (a.c.context && !contextAllows(a.c.context(), text, start, end, s)) continue;
        out.push({ c: a.c, start, end });
      }
    }
  }
}

/** Leftmost first; at one start the longest (then the rule listed first); no overlaps. */
function resolveOverlaps(found: Candidate[]): RawMatch[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end || a.c.order - b.c.order);
  const out: RawMatch[] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.start < lastEnd) continue;
    out.push({ rule: f.c.rule, start: f.start, end: f.end, conditional: f.c.conditional });
    lastEnd = f.end;
  }
  return out;
}

/** [q, and the starts of up to n words before q (not before min)], nearest first. */
function wordStartsBefore(text: string, q: number, min: number, n: number): number[] {
  const out = [q];
  let i = q;
  while (out.length <= n) {
    while (i > min && !isWordCode(text.charCodeAt(i - 1))) i--;
    if (i <= min) break;
    while (i > min && isWordCode(text.charCodeAt(i - 1))) i--;
    out.push(i);
  }
  return out;
}

/** Letters, digits, marks: a cheap test for ASCII, the exact one beyond. */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD_RE.test(String.fromCharCode(c));
}

const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
const SPACE_RE = /\s/;
const LEADING_WORD_RE = /^[\p{L}\p{N}\p{M}]+/u;

function leadingWord(w: string): string {
  const m = LEADING_WORD_RE.exec(w);
  return m ? m[0] : w;
}

/** A character of a context window's words: a letter, digit, mark or apostrophe ("don't", "don’t"). */
function isContextCode(c: number): boolean {
  return c === 39 || c === 0x2019 || isWordCode(c);
}

/** Start of the window of `n` words before `pos` (not before `min`). */
function windowStart(text: string, pos: number, min: number, n: number): number {
  let i = pos;
  for (let words = 0; words < n && i > min; words++) {
    while (i > min && !isContextCode(text.charCodeAt(i - 1))) i--;
    while (i > min && isContextCode(text.charCodeAt(i - 1))) i--;
  }
  return i;
}

/** End of the window of `n` words after `pos` (not after `max`). */
function windowEnd(text: string, pos: number, max: number, n: number): number {
  let i = pos;
  for (let words = 0; words < n && i < max; words++) {
    while (i < max && !isContextCode(text.charCodeAt(i))) i++;
    while (i < max && isContextCode(text.charCodeAt(i))) i++;
  }
  return i;
}

function contextAllows(ctx: CompiledContext, text: string, start: number, end: number, s: { start: number; end: number }): boolean {
  const before = ctx.requireBefore || ctx.rejectBefore ? text.slice(windowStart(text, start, s.start, ctx.window), start) : '';
  const after = ctx.requireAfter || ctx.rejectAfter ? text.slice(end, windowEnd(text, end, s.end, ctx.window)) : '';
  if (ctx.requireBefore && !ctx.requireBefore.test(before)) return false;
  if (ctx.requireAfter && !ctx.requireAfter.test(after)) return false;
  if (ctx.rejectBefore?.test(before)) return false;
  if (ctx.rejectAfter?.test(after)) return false;
  return true;
}

/** One unanchored, whole-word RegExp for a list of patterns (context and conditions). */
export function listRegExp(patterns: readonly Pattern[] | undefined, pack: LanguagePack): RegExp | null {
  if (!patterns?.length) return null;
  const seqs = patterns.map((p) => parsePattern(p, pack));
  const cased = seqs.some((s) => needsCase(s, pack));
  const body = seqs.map((s) => compilePattern(s, pack, cased)).join('|');
  return new RegExp(`${WORD_BEFORE}(?:${body})${WORD_AFTER}`, cased ? '' : 'i');
}

function compileContext(rule: ContextRule, pack: LanguagePack): CompiledContext {
  return {
    window: rule.window ?? 3,
    requireBefore: listRegExp(rule.requireBefore, pack),
    requireAfter: listRegExp(rule.requireAfter, pack),
    rejectBefore: listRegExp(rule.rejectBefore, pack),
    rejectAfter: listRegExp(rule.rejectAfter, pack),
  };
}

function compileConditional(rule: ConditionalRule, pack: LanguagePack): CompiledConditional {
  const patterns = rule.satisfiedBy.filter((s) => s !== 'named-source' && s !== 'link');
  return {
    namedSource: rule.satisfiedBy.includes('named-source'),
    link: rule.satisfiedBy.includes('link'),
    pattern: listRegExp(patterns, pack),
  };
}

/** A value computed on first use: most patterns never meet their anchor word on a page. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

function exactRegExp(nodes: PatternNode[], pack: LanguagePack): () => RegExp {
  return lazy(() => {
    const cased = needsCase(nodes, pack);
    return new RegExp(`${compilePattern(nodes, pack, cased)}${WORD_AFTER}`, cased ? 'y' : 'yi');
  });
}

/** A pattern parsed, anchored and (on first use) compiled: shared by every options-set. */
interface Prepared {
  anchor: Anchor;
  exact: () => RegExp;
}

/**
 * Per pack, by pattern (custom phrases apart: their last word inflects). Changing an
 * option rebuilds only the scanner's trie; a sticky RegExp is safe to share because
 * every use sets lastIndex first.
 */
const preparedCache = new WeakMap<LanguagePack, Map<string, Prepared>>();

function prepared(key: string, pack: LanguagePack, parse: () => PatternNode[]): Prepared {
  let byKey = preparedCache.get(pack);
  if (!byKey) preparedCache.set(pack, (byKey = new Map()));
  let p = byKey.get(key);
  if (!p) {
    const nodes = parse();
    p = { anchor: chooseAnchor(nodes, pack), exact: exactRegExp(nodes, pack) };
    byKey.set(key, p);
  }
  return p;
}

export interface ScannerOptions {
  rules: readonly Rule[];
  customPhrases: readonly CustomPhrase[];
  /** Literal trigger phrases reported to run()'s handler (reporting verbs for attribution). */
  triggers?: readonly string[];
}

export const DEFAULT_CUSTOM_EXPLANATION =
  'A phrase you added yourself. Ask what it tells you about where the claim comes from.';

export function buildScanner({ rules, customPhrases, triggers }: ScannerOptions, pack: LanguagePack): Scanner {
  const patterns: Array<{ anchor: Anchor; compiled: CompiledPattern }> = [];
  rules.forEach((rule, order) => {
    if (rule.check !== 'phrase' && rule.check !== 'context' && rule.check !== 'conditional') return;
    const active: ActiveRule = { id: rule.id, category: rule.category, explanation: rule.explanation, rule };
    const context = rule.check === 'context' ? lazy(() => compileContext(rule, pack)) : null;
    const conditional = rule.check === 'conditional' ? compileConditional(rule, pack) : null;
    for (const p of rule.patterns) {
      const { anchor, exact } = prepared(p, pack, () => parsePattern(p, pack));
      patterns.push({ anchor, compiled: { rule: active, exact, context, conditional, order } });
    }
  });
  customPhrases.forEach((cp, i) => {
    let pattern: Prepared;
    try {
      pattern = prepared(`custom:${cp.phrase}`, pack, () => customPhraseNodes(cp.phrase, pack));
    } catch {
      return; // validated where it is entered; a bad stored phrase is skipped, never fatal
    }
    const active: ActiveRule = { id: cp.id, category: cp.category, explanation: cp.explanation || DEFAULT_CUSTOM_EXPLANATION };
    patterns.push({
      anchor: pattern.anchor,
      compiled: { rule: active, exact: pattern.exact, context: null, conditional: null, order: rules.length + i },
    });
  });
  return new Scanner(patterns, triggers);
}
