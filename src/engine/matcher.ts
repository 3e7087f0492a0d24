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
  compilePattern,
  customPhraseNodes,
  firstWords,
  needsCase,
  parsePattern,
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
  /** Sticky, exact. */
  exact: RegExp;
  context: CompiledContext | null;
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

export class Scanner {
  private readonly scan: RegExp | null;
  private readonly byFirstWord = new Map<string, CompiledPattern[]>();
  private readonly anyStart: CompiledPattern[] = [];

  constructor(patterns: Array<{ nodes: PatternNode[]; compiled: CompiledPattern }>, pack: LanguagePack) {
    const alternatives = new Set<string>();
    for (const { nodes, compiled } of patterns) {
      alternatives.add(compilePattern(nodes, pack, 'scan'));
      const first = firstWords(nodes, pack);
      if (!first) {
        this.anyStart.push(compiled);
        continue;
      }
      for (const w of first) {
        const key = leadingWord(w);
        const list = this.byFirstWord.get(key);
        if (list) list.push(compiled);
        else this.byFirstWord.set(key, [compiled]);
      }
    }
    const sorted = [...alternatives].sort((a, b) => b.length - a.length);
    this.scan = sorted.length ? new RegExp(`${WORD_BEFORE}(?:${sorted.join('|')})${WORD_AFTER}`, 'gu') : null;
  }

  /** All matches, left to right, never overlapping; `lower` is `text` lower-cased, same length. */
  run(text: string, lower: string, bounds: Bounds): RawMatch[] {
    const out: RawMatch[] = [];
    const re = this.scan;
    if (!re) return out;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(lower))) {
      const p = m.index;
      const wordEnd = endOfWord(lower, p);
      const found = this.decide(text, p, lower.slice(p, wordEnd), bounds);
      if (found) out.push(found);
      re.lastIndex = found ? found.end : Math.max(wordEnd, p + 1);
    }
    return out;
  }

  private decide(text: string, p: number, firstWord: string, bounds: Bounds): RawMatch | null {
    const keyed = this.byFirstWord.get(firstWord);
    const candidates = keyed ? (this.anyStart.length ? keyed.concat(this.anyStart) : keyed) : this.anyStart;
    const hits: Array<{ c: CompiledPattern; end: number }> = [];
    for (const c of candidates) {
      c.exact.lastIndex = p;
      const m = c.exact.exec(text);
      if (m) hits.push({ c, end: p + m[0].length });
    }
    hits.sort((a, b) => b.end - a.end || a.c.order - b.c.order);
    for (const { c, end } of hits) {
      if (c.context && !contextAllows(c.context, text, p, end, bounds(p))) continue;
      return { rule: c.rule, start: p, end, conditional: c.conditional };
    }
    return null;
  }
}

const WORD_RE = /[\p{L}\p{N}\p{M}]/u;

function endOfWord(s: string, p: number): number {
  let i = p;
  while (i < s.length && WORD_RE.test(s[i]!)) i++;
  return i;
}

function leadingWord(w: string): string {
  const m = /^[\p{L}\p{N}\p{M}]+/u.exec(w);
  return m ? m[0] : w;
}

const CONTEXT_WORD = /[\p{L}\p{N}\p{M}'’]/u;

/** Start of the window of `n` words before `pos` (not before `min`). */
function windowStart(text: string, pos: number, min: number, n: number): number {
  let i = pos;
  for (let words = 0; words < n && i > min; words++) {
    while (i > min && !CONTEXT_WORD.test(text[i - 1]!)) i--;
    while (i > min && CONTEXT_WORD.test(text[i - 1]!)) i--;
  }
  return i;
}

/** End of the window of `n` words after `pos` (not after `max`). */
function windowEnd(text: string, pos: number, max: number, n: number): number {
  let i = pos;
  for (let words = 0; words < n && i < max; words++) {
    while (i < max && !CONTEXT_WORD.test(text[i]!)) i++;
    while (i < max && CONTEXT_WORD.test(text[i]!)) i++;
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
  const body = seqs.map((s) => compilePattern(s, pack, 'exact', cased)).join('|');
  return new RegExp(`${WORD_BEFORE}(?:${body})${WORD_AFTER}`, cased ? 'u' : 'iu');
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

function exactRegExp(nodes: PatternNode[], pack: LanguagePack): RegExp {
  const cased = needsCase(nodes, pack);
  return new RegExp(`${compilePattern(nodes, pack, 'exact', cased)}${WORD_AFTER}`, cased ? 'yu' : 'yiu');
}

export interface ScannerOptions {
  rules: readonly Rule[];
  customPhrases: readonly CustomPhrase[];
}

export const DEFAULT_CUSTOM_EXPLANATION =
  'A phrase you added yourself. Ask what it tells you about where the claim comes from.';

export function buildScanner({ rules, customPhrases }: ScannerOptions, pack: LanguagePack): Scanner {
  const patterns: Array<{ nodes: PatternNode[]; compiled: CompiledPattern }> = [];
  rules.forEach((rule, order) => {
    if (rule.check !== 'phrase' && rule.check !== 'context' && rule.check !== 'conditional') return;
    const active: ActiveRule = { id: rule.id, category: rule.category, explanation: rule.explanation, rule };
    const context = rule.check === 'context' ? compileContext(rule, pack) : null;
    const conditional = rule.check === 'conditional' ? compileConditional(rule, pack) : null;
    for (const p of rule.patterns) {
      const nodes = parsePattern(p, pack);
      patterns.push({ nodes, compiled: { rule: active, exact: exactRegExp(nodes, pack), context, conditional, order } });
    }
  });
  customPhrases.forEach((cp, i) => {
    let nodes: PatternNode[];
    try {
      nodes = customPhraseNodes(cp.phrase, pack);
    } catch {
      return; // validated where it is entered; a bad stored phrase is skipped, never fatal
    }
    const active: ActiveRule = { id: cp.id, category: cp.category, explanation: cp.explanation || DEFAULT_CUSTOM_EXPLANATION };
    patterns.push({
      nodes,
      compiled: { rule: active, exact: exactRegExp(nodes, pack), context: null, conditional: null, order: rules.length + i },
    });
  });
  return new Scanner(patterns, pack);
}
