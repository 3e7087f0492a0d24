/**
 * text -> sentences -> findings -> sentence sourcing -> sources -> summary.
 * Pure: no DOM, no browser API. Everything compiled from the rules is cached per options-set.
 */
import { RULES } from '../rules/index';
import { english } from './lang/en';
import type { AttributionGrammar, LanguagePack } from './lang/types';
import type { AttributionRule, Rule } from './rule';
import { AttributionFinder, type Attribution, type SourcePhrase } from './attribution';
import { buildScanner, type RawMatch, type Scanner } from './matcher';
import { quotedSpans, splitParagraphs, splitSentences, type Span } from './sentences';
import { SourceBook, type Entry } from './sources';
import { summarize } from './summary';
import { countWords } from './words';
import type {
  AnalyzeOptions,
  BlockKind,
  CategoryId,
  CustomPhrase,
  Finding,
  Report,
  Sentence,
  SourcingStatus,
} from './types';

interface Compiled {
  scanner: Scanner;
  attributionRules: AttributionRule[];
  finder: AttributionFinder;
  pack: LanguagePack;
}

const CACHE_LIMIT = 16;
const cache = new Map<string, Compiled>();

export function isRuleEnabled(rule: Rule, options: AnalyzeOptions): boolean {
  if (options.disabledCategories?.includes(rule.category)) return false;
  if (options.disabledRules?.includes(rule.id)) return false;
  if (options.enabledRules?.includes(rule.id)) return true;
  return rule.defaultOn !== false;
}

/** A reader's own phrase is switched off with its category, or on its own like a rule. */
function activeCustomPhrases(options: AnalyzeOptions): CustomPhrase[] {
  return (options.customPhrases ?? []).filter((c) => !options.disabledCategories?.includes(c.category) && !options.disabledRules?.includes(c.id));
}

function compiledFor(options: AnalyzeOptions, pack: LanguagePack): Compiled {
  const key = JSON.stringify([
    pack.id,
    [...(options.disabledRules ?? [])].sort(),
    [...(options.enabledRules ?? [])].sort(),
    [...(options.disabledCategories ?? [])].sort(),
    activeCustomPhrases(options),
  ]);
  const hit = cache.get(key);
  if (hit) return hit;
  const rules = RULES.filter((r) => isRuleEnabled(r, options));
  const customPhrases = activeCustomPhrases(options);
  const finder = new AttributionFinder(pack);
  const compiled: Compiled = {
    scanner: buildScanner({ rules, customPhrases, triggers: finder.triggers }, pack),
    attributionRules: rules.filter((r): r is AttributionRule => r.check === 'attribution'),
    finder,
    pack,
  };
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, compiled);
  return compiled;
}

/** Which block a sentence belongs to; without blocks, a short first line without a full stop is a headline. */
function blockKinds(text: string, sentences: readonly Span[], options: AnalyzeOptions): BlockKind[] {
  const blocks = options.blocks;
  if (blocks?.length) {
    const sorted = [...blocks].sort((a, b) => a.start - b.start);
    let b = 0;
    return sentences.map((s) => {
      while (b < sorted.length && sorted[b]!.end <= s.start) b++;
      const block = sorted[b];
      return block && block.start <= s.start ? block.kind : 'body';
    });
  }
  const kinds: BlockKind[] = sentences.map(() => 'body');
  const first = sentences[0];
  if (first && sentences.length > 1) {
    const line = text.slice(first.start, first.end);
    if (line.length <= 200 && !line.includes('\n') && !/[.!?…:;,"”]$/.test(line)) {
      const nextStart = sentences[1]!.start;
      if (/\n/.test(text.slice(first.end, nextStart))) kinds[0] = 'headline';
    }
  }
  return kinds;
}

/** Index of the span containing `pos`, walking forward from `hint` (positions come in order). */
function spanIndex(spans: readonly Span[], pos: number, hint: number): number {
  let i = Math.max(0, Math.min(hint, spans.length - 1));
  while (i > 0 && spans[i]!.start > pos) i--;
  while (i < spans.length - 1 && spans[i]!.end <= pos && spans[i + 1]!.start <= pos) i++;
  return i;
}

const SOURCED_BY_CATEGORY: Partial<Record<CategoryId, SourcingStatus>> = {
  'named-source': 'named',
  'anonymous-source': 'anonymous',
  'vague-source': 'vague',
  'evidence-gap': 'gap',
  hedge: 'hedged',
  speculation: 'hedged',
};
/** When a sentence has several, the first in this order describes it. */
const STATUS_ORDER: SourcingStatus[] = ['named', 'linked', 'anonymous', 'vague', 'gap', 'hedged', 'unattributed'];
const STATUS_BIT = Object.fromEntries(STATUS_ORDER.map((st, i) => [st, 1 << i])) as Record<SourcingStatus, number>;

/** The sourcing statuses each sentence has earned, one bit each (no Set per sentence). */
class StatusFlags {
  private readonly bits: Uint8Array;

  constructor(sentences: number) {
    this.bits = new Uint8Array(sentences);
  }

  add(sentence: number, status: SourcingStatus): void {
    this.bits[sentence]! |= STATUS_BIT[status];
  }

  has(sentence: number, status: SourcingStatus): boolean {
    return (this.bits[sentence]! & STATUS_BIT[status]) !== 0;
  }

  /** The sentence's status that comes first in STATUS_ORDER (its lowest bit), or 'unattributed'. */
  first(sentence: number): SourcingStatus {
    const bits = this.bits[sentence]!;
    return bits ? STATUS_ORDER[31 - Math.clz32(bits & -bits)]! : 'unattributed';
  }
}

export function analyzeWith(text: string, options: AnalyzeOptions = {}, pack: LanguagePack = english): Report {
  const compiled = compiledFor(options, pack);
  const hardBreaks = (options.blocks ?? []).flatMap((b) => [b.start, b.end]);
  const paragraphs = splitParagraphs(text, hardBreaks);
  const sentenceSpans = splitSentences(text, pack, paragraphs);
  const quotes = quotedSpans(text, paragraphs);

  // One scan finds rule matches and the reporting words attribution starts from.
  let hint = 0;
  const bounds = (pos: number): Span => {
    hint = spanIndex(sentenceSpans, pos, hint);
    return sentenceSpans[hint] ?? { start: 0, end: text.length };
  };
  const attributions: Attribution[] = [];
  const onTrigger = (pos: number, word: string): void => {
    const s = bounds(pos);
    if (s.start > pos || s.end <= pos) return;
    const last = attributions[attributions.length - 1];
    if (last && pos < last.end) return;
    const a = compiled.finder.at(text, pos, word, s, hint);
    if (a && (!last || a.start >= last.end)) attributions.push(a);
  };
  const counts = { words: 0 };
  const raw = compiled.scanner.run(text, bounds, onTrigger, counts);

  // Sources, in order of appearance.
  const book = new SourceBook(pack.attribution);
  // Most sentences cite no source: their sets are made when one is added.
  const sentenceSources: Array<Set<Entry> | undefined> = new Array<Set<Entry> | undefined>(sentenceSpans.length).fill(undefined);
  const statusFlags = new StatusFlags(sentenceSpans.length);
  // Named attributions by sentence: what a conditional claim may lean on.
  const namedSpans = new Map<number, Span[]>();
  // "the authors wrote" with no work named before it: no source, so no finding either.
  const unresolved = new Set<Attribution>();
  for (const a of attributions) {
    const entry = book.mention(a.source, a.sentence);
    if (!entry && a.source.refersBack) unresolved.add(a);
    if (!entry) continue;
    (sentenceSources[a.sentence] ??= new Set()).add(entry);
    // A rebuttal ("a criticism the agency rejects") is cited, but vouches for no claim of the
    // sentence: it earns the sentence no status and supports none of its claims.
    if (a.rebuttal) continue;
    const status = statusOf(entry.kind);
    statusFlags.add(a.sentence, status);
    if (status === 'named') {
      const spans = namedSpans.get(a.sentence);
      if (spans) spans.push(a);
      else namedSpans.set(a.sentence, [a]);
    }
  }

  // Links make a sentence 'linked'.
  const linked = new Set<number>();
  let lh = 0;
  for (const l of [...(options.links ?? [])].sort((a, b) => a.start - b.start)) {
    if (!sentenceSpans.length) break;
    lh = spanIndex(sentenceSpans, l.start, lh);
    for (let k = lh; k < sentenceSpans.length && sentenceSpans[k]!.start < l.end; k++) {
      if (sentenceSpans[k]!.end > l.start) linked.add(k);
    }
  }

  // Findings from the phrase scanner (conditional ones checked against their sentence).
  const findings: Finding[] = [];
  hint = 0;
  // Where a finding's own words end, for those whose mark runs on through a verb.
  const wordsEnds = new Map<Finding, number>();
  const take = (m: RawMatch): void => {
    const si = spanIndex(sentenceSpans, m.start, hint);
    hint = si;
    if (m.conditional && satisfied(m, si, text, sentenceSpans, namedSpans, linked, pack.attribution.grammar)) {
      // A supported claim gives way to the shorter matches it displaced in other categories:
      // "claim" in "Reports in Brazil claim that ..., according to O Globo" stays a loaded verb.
      // Those of its own category ("most [voters think] ..., according to a YouGov survey") are
      // covered by the same support.
      for (const d of m.displaced ?? []) if (d.rule.category !== m.rule.category) take(d);
      return;
    }
    const f = makeFinding(text, m.rule.id, m.rule.category, m.start, m.end, si, m.rule.explanation);
    if (m.wordsEnd !== undefined) wordsEnds.set(f, m.wordsEnd);
    findings.push(f);
  };
  raw.forEach(take);
  // Findings from attribution rules. A rebuttal's is marked but earns its sentence no status.
  const rebuttals = new Set<Finding>();
  // The phrase findings' marks, made when a counted group is first met: most texts have none.
  const phraseFindings = findings.length;
  let unnamedMarks: UnnamedMarks | undefined;
  for (const a of attributions) {
    if (a.source.kind === 'pronoun' || unresolved.has(a)) continue;
    const rule = compiled.attributionRules.find((r) => r.kinds.includes(a.source.kind as never) && (!r.forms || r.forms.includes(a.form)) && (!r.groupShape || a.source[r.groupShape]));
    if (!rule) continue;
    // "Two analysts said": counted people a phrase rule has marked as an unnamed source already.
    if (rule.groupShape === 'counted' && (unnamedMarks ??= new UnnamedMarks(findings.slice(0, phraseFindings))).overlaps(a.start, a.end)) continue;
    const f = makeFinding(text, rule.id, rule.category, a.start, a.end, a.sentence, rule.explanation);
    findings.push(f);
    if (a.rebuttal) rebuttals.add(f);
  }
  const merged = dropNamedTails(text, dedupe(findings), attributions);

  // Vague and anonymous sources named by phrase findings ("international observers").
  let ai = 0;
  for (const f of merged) {
    const status = SOURCED_BY_CATEGORY[f.category];
    if (status && !rebuttals.has(f)) statusFlags.add(f.sentence, status);
    if (f.category === 'anonymous-source' || f.category === 'vague-source') {
      while (ai < attributions.length && attributions[ai]!.end <= f.start) ai++;
      const a = attributions[ai];
      // Already recorded by an attribution over the same words?
      const wordsEnd = wordsEnds.get(f) ?? f.end;
      if (a && a.start < wordsEnd && (a.source.kind === 'anonymous' || a.source.kind === 'vague')) continue;
      const phrase = groupNoun(f, text.slice(f.start, wordsEnd), pack, compiled.finder);
      if (phrase) {
        const entry = book.mention(phrase, f.sentence);
        if (entry) (sentenceSources[f.sentence] ??= new Set()).add(entry);
      }
    }
  }

  // A quotation spanning sentences belongs to the source of any of them.
  inheritAcrossQuotes(sentenceSpans, quotes, sentenceSources, statusFlags);

  // Quoted findings.
  let qi = 0;
  for (const f of merged) {
    while (qi < quotes.length && quotes[qi]!.end <= f.start) qi++;
    const q = quotes[qi];
    f.quoted = !!q && q.start <= f.start && f.end <= q.end;
  }

  const kinds = blockKinds(text, sentenceSpans, options);
  const sentences: Sentence[] = sentenceSpans.map((s, i) => {
    if (linked.has(i)) statusFlags.add(i, 'linked');
    const cited = sentenceSources[i];
    return { start: s.start, end: s.end, sourcing: statusFlags.first(i), sources: cited ? [...cited].map((e) => e.name) : [], block: kinds[i]! };
  });

  return {
    ...(options.source !== undefined ? { source: options.source } : {}),
    language: pack.id,
    text,
    findings: merged,
    sentences,
    sources: book.list(),
    summary: summarize(merged, sentences, wordsByPlace(text, sentences, counts.words)),
  };
}

/** Words of the body and outside it (headlines and the like are short: counted one by one). */
function wordsByPlace(text: string, sentences: readonly Sentence[], words: number): { body: number; outside: number } {
  let outside = 0;
  for (const s of sentences) if (s.block !== 'body') outside += countWords(text.slice(s.start, s.end));
  return { body: words - outside, outside };
}

function statusOf(kind: Entry['kind']): SourcingStatus {
  return kind === 'anonymous' ? 'anonymous' : kind === 'vague' ? 'vague' : 'named';
}

/** How far (characters) from a conditional claim its support is looked for. */
const CONDITION_WINDOW = 400;

function satisfied(
  m: RawMatch,
  si: number,
  text: string,
  sentences: readonly Span[],
  namedSpans: ReadonlyMap<number, readonly Span[]>,
  linked: ReadonlySet<number>,
  grammar: AttributionGrammar,
): boolean {
  const c = m.conditional!;
  // A named source beyond the claim's own words: "Local reports suggest", read as a name by
  // the attribution analysis, cannot vouch for itself ("It was reported by the Interior
  // Ministry" reaches past the claim, and does).
  // Nor can a name inside the clause the claim introduces ("Reports in Brazil claim that Ramos
  // has agreed terms": Ramos is what is reported, not who reports it).
  if (c.namedSource && namedSpans.get(si)?.some((a) => (a.start < m.start || a.end > m.end) && !opensClaimedClause(text, m.end, a.start) && !otherStatementBetween(text, m, a, grammar, c.ownStatement))) return true;
  if (c.link && linked.has(si)) return true;
  if (c.pattern) {
    // Looked for in the sentence, near the claim: a window keeps a run-on "sentence" linear.
    const s = sentences[si];
    if (!s) return false;
    const before = text.slice(Math.max(s.start, m.start - CONDITION_WINDOW), m.start);
    const after = text.slice(m.end, Math.min(s.end, m.end + CONDITION_WINDOW));
    if (c.pattern.test(before) || c.pattern.test(after)) return true;
  }
  return false;
}

/**
 * Whether another statement parts a claim from a named source: a semicolon ("Posts on social
 * media said he had been reported; the district said it had no record"), or a last comma
 * and a conjunction of contrast whose clause runs on into the later of the two ("the club
 * said he was ill, but many supporters believe he stayed away"), or, with `andParts`, of
 * "and" ("some colleagues have questioned that figure, and a report by the city controller
 * found"). The source may well contradict the claim rather than support it. An aside
 * between commas ("the fire, though small, spread quickly, the fire service said") or a
 * clause after "that" ("said that, although studies show ...") is still the source's
 * statement.
 */
function otherStatementBetween(text: string, claim: Span, source: Span, grammar: AttributionGrammar, andParts: boolean): boolean {
  const from = Math.min(claim.end, source.end);
  const to = Math.max(claim.start, source.start);
  if (from >= to) return false;
  const between = text.slice(from, to);
  if (between.includes(';')) return true;
  const comma = between.lastIndexOf(',');
  if (comma < 0) return false;
  const after = FIRST_WORD.exec(between.slice(comma + 1));
  const word = after ? after[1]!.toLowerCase() : '';
  if (!grammar.contrastives.has(word) && !(andParts && grammar.conjunctions.has(word))) return false;
  const before = LAST_WORD.exec(between.slice(0, comma));
  return !before || !grammar.complementizers.has(before[1]!.toLowerCase());
}

const FIRST_WORD = /^\s*(\p{L}+)/u;
const LAST_WORD = /(\p{L}+)\s*$/u;

/**
 * Whether only "that" (or nothing) lies between a claim's end and `pos`. Not after a claim
 * that ends in a comma: "In a new study, the Pew Research Center found" names its support.
 */
function opensClaimedClause(text: string, claimEnd: number, pos: number): boolean {
  const last = text.charCodeAt(claimEnd - 1);
  if (last === 44 || last === 59 || last === 58) return false; // , ; :
  return pos >= claimEnd && /^\s*(?:that\s+)?$/i.test(text.slice(claimEnd, pos));
}

function makeFinding(text: string, rule: string, category: CategoryId, start: number, end: number, sentence: number, explanation: string): Finding {
  return { rule, category, start, end, text: text.slice(start, end), sentence, explanation, quoted: false };
}

/**
 * A group word that ends the name of an organisation ("The Association of British Insurers
 * said", "the Royal College of Nurses said") is that organisation, not an unnamed group: an
 * unnamed-group finding lying inside a named attribution that starts before it is dropped. So
 * is an unnamed person in apposition right after a person's name ("Meena Krishnan, a resident
 * of HSR Layout, said"): that is the named person, described. Both lists are sorted by position.
 */
function dropNamedTails(text: string, findings: Finding[], attributions: readonly Attribution[]): Finding[] {
  let ai = 0;
  return findings.filter((f) => {
    if (f.category !== 'vague-source' && f.category !== 'anonymous-source') return true;
    while (ai < attributions.length && attributions[ai]!.end <= f.start) ai++;
    const a = attributions[ai];
    if (!a || a.start >= f.start || f.end > a.end) return true;
    if (f.category === 'anonymous-source') return !(a.source.kind === 'person' && APPOSITIVE_GAP.test(text.slice(a.source.end, f.start)));
    return !(a.source.kind === 'organization' || a.source.kind === 'person' || a.source.kind === 'document');
  });
}

/** What parts a name from a description in apposition: a comma and spaces. */
const APPOSITIVE_GAP = /^,\s*$/;

/** The phrase findings of unnamed sources, in order: which of them a span overlaps. */
class UnnamedMarks {
  private readonly marks: Finding[];

  constructor(findings: readonly Finding[]) {
    // The scanner's matches do not overlap, so ordered by start they are ordered by end too.
    this.marks = findings.filter((f) => f.category === 'anonymous-source' || f.category === 'vague-source').sort((a, b) => a.start - b.start);
  }

  overlaps(start: number, end: number): boolean {
    // The last mark starting before `end` is the only one that may reach past `start`.
    let lo = 0;
    let hi = this.marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.marks[mid]!.start < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.marks[lo - 1]!.end > start;
  }
}

/** Sorted by position; of overlapping findings of one category the longer one stays. */
function dedupe(findings: Finding[]): Finding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const lastByCategory = new Map<CategoryId, Finding>();
  const out: Finding[] = [];
  for (const f of findings) {
    const last = lastByCategory.get(f.category);
    if (last && f.start < last.end) continue;
    lastByCategory.set(f.category, f);
    out.push(f);
  }
  return out;
}

const GROUP_WORD = /[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*/gu;

/**
 * The unnamed group a vague or anonymous finding refers to, if its own words (`own`: not
 * those its mark runs on through) name one. Words after the group noun count only up to
 * the first that is no part of a name: "Supporters on social media" are "supporters".
 */
function groupNoun(f: Finding, own: string, pack: LanguagePack, finder: AttributionFinder): SourcePhrase | null {
  const lex = pack.attribution;
  const all = [...own.matchAll(GROUP_WORD)];
  const lows = all.map((w) => w[0].toLowerCase());
  const g = lows.findIndex((w) => lex.anonymousNouns.has(w) || lex.vagueNouns.has(w));
  const stop = g < 0 ? -1 : lows.findIndex((w, j) => j > g && lex.notNames.has(w));
  const words = stop < 0 ? all : all.slice(0, stop);
  const isWordOfGroup = (low: string): boolean => !lex.notNames.has(low) && !lex.verbModifiers.has(low) && !lex.reportingVerbs.includes(low);
  for (let k = words.length - 1; k >= 0; k--) {
    let low = words[k]![0].toLowerCase();
    const anonymous = lex.anonymousNouns.has(low);
    if (!anonymous && !lex.vagueNouns.has(low)) continue;
    // A quantifier before the group's own plural names the group: "several runners", not "several".
    const next = words[k + 1]?.[0].toLowerCase();
    // Only a plural of people ("runners", "councillors"; not "some always said", "many thousands
    // said", "several children’s hospitals").
    const quantified = next !== undefined && finder.isPeoplePlural(next) && isWordOfGroup(next);
    if (quantified) low = words[++k]![0].toLowerCase();
    let a = k;
    while (!quantified && a > 0 && k - a < 2) {
      const p = words[a - 1]![0].toLowerCase();
      if (!isWordOfGroup(p)) break;
      a--;
    }
    const name = words.slice(a, k + 1).map((w) => w[0].toLowerCase()).join(' ');
    return { name, kind: f.category === 'anonymous-source' ? 'anonymous' : 'vague', start: f.start, end: f.end, head: low };
  }
  return null;
}

function inheritAcrossQuotes(
  sentences: readonly Span[],
  quotes: readonly Span[],
  sources: Array<Set<Entry> | undefined>,
  flags: StatusFlags,
): void {
  let s0 = 0;
  for (const q of quotes) {
    while (s0 < sentences.length && sentences[s0]!.end <= q.start) s0++;
    let s1 = s0;
    while (s1 < sentences.length && sentences[s1]!.start < q.end) s1++;
    if (s1 - s0 < 2) continue;
    const named = new Set<Entry>();
    for (let k = s0; k < s1; k++) for (const e of sources[k] ?? []) if (e.kind !== 'anonymous' && e.kind !== 'vague') named.add(e);
    if (!named.size) continue;
    for (let k = s0; k < s1; k++) {
      const set = (sources[k] ??= new Set());
      for (const e of named) {
        if (!set.has(e)) {
          set.add(e);
          e.sentences.add(k);
        }
      }
      flags.add(k, 'named');
    }
  }
}
