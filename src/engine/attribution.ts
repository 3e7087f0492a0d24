/**
 * Attribution analysis: who says what. Finds reporting verbs ("said", "told", "wrote")
 * and source introducers ("according to", "statements made by"), reads the noun phrase
 * that is their source, and tells a named person, organisation or document from an
 * anonymous ("a senior official") or vague ("critics") one, or a pronoun ("he").
 *
 * Works on the words of one sentence at a time, only for sentences that have a
 * reporting word, so its cost follows the number of attributions, not the text size.
 */
import type { AttributionGrammar, AttributionLexicon, LanguagePack } from './lang/types';
import type { SourceKind } from './types';
import type { Span } from './sentences';
import { WORD_CLASS } from './pattern';
import { isSpaceCode, isWordCode } from './words';

export type AttributionForm = 'subject-verb' | 'verb-subject' | 'introducer';

export interface SourcePhrase {
  /** The source as written, without determiner or title: "Sergey Lavrov", "the Interior Ministry". */
  name: string;
  kind: SourceKind | 'pronoun';
  title?: string;
  /** Offsets of the whole noun phrase (title included). */
  start: number;
  end: number;
  /** "the president", "the company": refers back to a source named earlier. */
  definite?: boolean;
  /** Head noun of a definite description or anonymous/vague phrase ("president", "officials"). */
  head?: string;
  /** "the authors": a source only as the work or body named before it, none when there is none. */
  refersBack?: boolean;
  /** "brokers say", "estate agents report": an unnamed group read from its shape, its noun in no list. */
  bare?: boolean;
  /** "two brokers said", "one museum attendant said": unnamed people of such a group, counted. */
  counted?: boolean;
  /**
   * Cited through a work: the journal of "a study published in Nature", the body or person of
   * "a report by the Resolution Foundation", the body of "Researchers at Stanford University
   * found". What "the authors" may refer back to (a document is one by its kind).
   */
  work?: boolean;
}

export interface Attribution {
  form: AttributionForm;
  /** Span to mark: source and verb together. */
  start: number;
  end: number;
  sentence: number;
  source: SourcePhrase;
  /** "a charge Severn Trent rejected": the source rebuts the claim before it, so vouches for none. */
  rebuttal?: boolean;
}

/**
 * A token of a window: most are never looked at closely, so its text and lower case are
 * made when first asked for. Its fields are `declare`d and set in the constructor: class
 * fields (define semantics) made each of the many tokens noticeably slower to build.
 */
class Tok {
  private declare readonly source: string;
  declare readonly start: number;
  declare readonly end: number;
  declare readonly word: boolean;
  private declare sliced: string | undefined;
  private declare lowered: string | undefined;
  private declare capitalised: boolean | undefined;
  /** Lower-case particles a name may be joined to ("al-Marri"): the pack's nameParticles. */
  private declare readonly particles: ReadonlySet<string>;

  constructor(source: string, start: number, end: number, word: boolean, particles: ReadonlySet<string>) {
    this.source = source;
    this.start = start;
    this.end = end;
    this.word = word;
    this.particles = particles;
    this.sliced = undefined;
    this.lowered = undefined;
    this.capitalised = undefined;
  }

  get text(): string {
    return (this.sliced ??= this.source.slice(this.start, this.end));
  }

  /** The first UTF-16 code unit, read without slicing. */
  get firstCode(): number {
    return this.source.charCodeAt(this.start);
  }

  get low(): string {
    return (this.lowered ??= this.text.toLowerCase());
  }

  /** "Local" of "Local reports suggest": capitalised only because it opens the sentence. */
  readAsLowerCase(): void {
    this.capitalised = false;
  }

  /**
   * Starts with an upper-case letter (CAPITAL_RE), is a brand written in camel case
   * ("medRxiv", "eBay") or a name joined to its particle ("al-Marri", "el-Sisi"); asked again
   * and again of the same tokens, so kept.
   */
  get capital(): boolean {
    if (this.capitalised === undefined) {
      const c = this.source.charCodeAt(this.start);
      this.capitalised =
        c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122 && (isCamelCase(this.source, this.start, this.end) || this.isParticleName())) : CAPITAL_RE.test(this.text);
    }
    return this.capitalised;
  }

  /** A lower-case particle, a hyphen and a capital: "al-Marri". */
  private isParticleName(): boolean {
    // Particles are short: the hyphen is looked for in the first four characters only.
    let hyphen = this.start + 1;
    while (hyphen < this.end - 1 && hyphen - this.start <= 3 && this.source.charCodeAt(hyphen) !== 45) hyphen++;
    if (this.source.charCodeAt(hyphen) !== 45 || hyphen >= this.end - 1) return false;
    const c = this.source.charCodeAt(hyphen + 1);
    return (c >= 65 && c <= 90) && this.particles.has(this.source.slice(this.start, hyphen));
  }
}

/**
 * Character classes for tokenize, one byte per UTF-16 code unit: WORD_CLASS letters and
 * digits, JavaScript's \s, and the characters that join two runs of letters into one
 * word ("BBC's", "U.S", "Son-hui"). Filled by ranges: cheap to build on first load.
 */
const TOK_WORD = 1;
const TOK_SPACE = 2;
const TOK_JOIN = 4;
const TOKEN_CLASS = ((): Uint8Array => {
  const t = new Uint8Array(0x10000);
  for (const c of [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) t[c] = TOK_SPACE;
  t.fill(TOK_SPACE, 0x2000, 0x200b);
  for (const [a, b] of wordRanges(WORD_CLASS)) t.fill(TOK_WORD, a, b + 1); // U+FEFF is a word character first, as in a RegExp class
  for (const c of [0x27, 0x2019, 0x2e, 0x2d, 0x2010]) t[c] = TOK_JOIN;
  return t;
})();

/** The ranges of a RegExp class body made of `a-z` ranges and single \uXXXX or ASCII characters. */
function wordRanges(cls: string): Array<[number, number]> {
  const chars: number[] = [];
  for (let i = 0; i < cls.length; ) {
    if (cls[i] === '\\') {
      chars.push(parseInt(cls.slice(i + 2, i + 6), 16));
      i += 6;
    } else if (cls[i] === '-' && chars.length) {
      chars.push(-1);
      i++;
    } else chars.push(cls.charCodeAt(i++));
  }
  const out: Array<[number, number]> = [];
  for (let k = 0; k < chars.length; k++) {
    if (chars[k + 1] === -1) {
      out.push([chars[k]!, chars[k + 2]!]);
      k += 2;
    } else out.push([chars[k]!, chars[k]!]);
  }
  return out;
}
const CAPITAL_RE = /^\p{Lu}/u;
/** An acronym standing for an institution or a place: "BBC", "US", "U.S." */
const ACRONYM_RE = /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,3})$/;
/** An age as a noun: "the 34-year-old" (as a word, or at the end of a stretch of text). */
const AGE_NOUN_RE = /(?:^|[^\d])\d{1,3}-year-old$/;
/** A company suffix written short, with a full stop after it: "Inc.", "Corp.", "Co.", "Ltd.". */
const ABBREVIATED_SUFFIX_RE = /^(?:Inc|Corp|Co|Ltd|Bros)$/;
/**
 * A year as a record's modifier: "Thames Water’s 2023 accounts", "its 2024-25 accounts" (an
 * en dash or a slash splits the token, so only the hyphen is read).
 */
const YEAR_RE = /^(?:19|20)\d\d(?:-\d\d(?:\d\d)?)?$/;
/** Runs of whitespace, read as one space when an introducer ("according to") is compared. */
const SPACES_RE = /\s+/g;
/** How many tokens an aside in brackets after a name may hold: "(Conservative, Rothbury)". */
const BRACKET_ASIDE_TOKENS = 8;
const QUOTES = new Set(['"', '“', '”', '‘', '’', "'", '«', '»']);
/** "chief inspector" and "West Mercia police": "chief inspector, West Mercia police". */
const withAffiliation = (title: string | undefined, body: string): string => (title ? `${title}, ${body}` : body);
/** What may come right before a bare plural subject: the sentence start, a comma, a quote, a dash. */
const CLAUSE_BOUNDARIES = new Set([',', ';', ':', '—', '–', '(', ...QUOTES]);
/** How many words back from a verb its subject's relative clause may start: "who studied the effects of the drug on mice found". */
const RELATIVE_CLAUSE_WORDS = 10;
/** Characters that many words take, for the cheap look on the raw text. */
const RELATIVE_CLAUSE_CHARS = 90;
/** How far after a verdict verb its quoted complement may open: "called the council's plan “reckless”". */
const VERDICT_REACH = 60;
/** How many words back a fronted object may stand from its verdict verb: "in what Historic England has called". */
const FRONTED_OBJECT_WORDS = 5;
/** How many words back from a verb of rebuttal its fronted object may be: "a charge the company's chief executive has rejected". */
const REBUTTED_NOUN_WORDS = 8;
const LONG_S_RE = /ſ/g;
/** How far around a reporting word its source is looked for (characters, within the sentence). */
const WINDOW_BEFORE = 240;
const WINDOW_AFTER = 140;
const SMALL_BEFORE = 90;
const SMALL_AFTER = 70;
/** How far back the record of an event may stand from the verb: "minutes of a staff meeting show". */
const EVENT_RECORD_WORDS = 5;
/** How far back a body named by its portfolio may stand from the verb: "the department of health and social care said". */
const PORTFOLIO_BODY_WORDS = 7;
/** The most words of a lower-case portfolio: "health and social care". */
const PORTFOLIO_WORDS = 5;

export class AttributionFinder {
  private readonly lex: AttributionLexicon;
  /** The pack's function words (see AttributionGrammar). */
  private readonly g: AttributionGrammar;
  /** A conjunction a few words back: "Parata and his family believe". */
  private readonly conjunctionBefore: RegExp;
  /** The shortest and longest passive triggers: longer or shorter words are never looked up. */
  private readonly passiveMin: number;
  private readonly passiveMax: number;
  /** Last two characters of the data participles (lastTwoCodes): only words ending in a pair of them are sliced. */
  private readonly participleEnds: ReadonlySet<number>;
  private readonly participleMin: number;
  /** Participles a clause between a subject and its verb may open with: data and reference participles. */
  private readonly clauseParticipleWords: ReadonlySet<string>;
  private readonly placePrepositions: ReadonlySet<string>;
  /** Last characters of the group suffixes: a quick test before the endings are compared. */
  private readonly groupSuffixEnds: ReadonlySet<number>;
  private readonly relativePronouns: ReadonlySet<string>;
  /** First characters of the relative pronouns: only words starting with one are lowered. */
  private readonly relativeStarts: ReadonlySet<number>;
  /** The relative pronouns no other one is part of ("who", not "whom"): what the raw text is searched for. */
  private readonly relativeNeedles: readonly string[];
  /** The grammar's eventRecords, as the word list worthALook looks back for. */
  private readonly eventRecords: readonly string[];
  /** The grammar's portfolioBodies, as the word list worthALook looks back for. */
  private readonly portfolioBodies: readonly string[];
  /** The grammar's singleCounts, as the word list worthALook looks back for. */
  private readonly singleCountWords: readonly string[];
  private readonly verbs: ReadonlySet<string>;
  /** sourceVerbs that are no reporting verbs: they attribute only for a body or a document ("the NHS recommends"). */
  private readonly bodyVerbs: ReadonlySet<string>;
  /** Verbs of rebuttal: sources only after their fronted object ("a charge Severn Trent rejected"). */
  private readonly rebuttals: ReadonlySet<string>;
  private readonly rebuttedNouns: ReadonlySet<string>;
  /** The grammar's frontedObjects as a list, for the raw-text look back before a verdict verb. */
  private readonly frontedObjects: readonly string[];
  /** Verbs of a verdict: sources only with an object and its complement ("called it “simply wrong”"). */
  private readonly verdicts: ReadonlySet<string>;
  /** Verbs of a ruling: sources only for a body and right before "that" ("the court held that"). */
  private readonly rulings: ReadonlySet<string>;
  private readonly introducers: ReadonlyArray<readonly string[]>;
  /** Words worth a closer look right before a reporting verb. */
  private readonly subjectEnds: ReadonlySet<string>;
  /** Literal phrases the scanner reports to at(): reporting verbs, introducers, "by". */
  readonly triggers: readonly string[];
  /**
   * A token kept alive as long as the finder. V8's optimised code holds the tokens' hidden
   * class weakly: a full garbage collection that finds no token alive throws that code away
   * ("weak objects" deoptimisation), and the next analysis ran about 1.7x slower while it
   * was compiled again. Never read, on purpose: holding it is the whole job.
   */
  private readonly tokenShape: Tok;
  /** The pack's articles that are not definite: "a", "an". */
  private readonly indefiniteArticles: ReadonlySet<string>;

  constructor(pack: LanguagePack) {
    this.lex = pack.attribution;
    this.tokenShape = new Tok('', 0, 0, false, this.lex.nameParticles);
    this.indefiniteArticles = new Set([...this.lex.articles].filter((a) => !pack.attribution.grammar.definiteArticles.has(a)));
    this.verbs = new Set([...this.lex.reportingVerbs, ...this.lex.sourceVerbs]);
    const reporting = new Set(this.lex.reportingVerbs);
    this.bodyVerbs = new Set(this.lex.sourceVerbs.filter((w) => !reporting.has(w)));
    this.rebuttals = new Set(this.lex.rebuttalVerbs.filter((w) => !this.verbs.has(w)));
    this.rebuttedNouns = new Set(this.lex.rebuttedNouns);
    this.frontedObjects = [...this.lex.grammar.frontedObjects];
    this.verdicts = new Set(this.lex.verdictVerbs.filter((w) => !this.verbs.has(w) && !this.rebuttals.has(w)));
    this.rulings = new Set(this.lex.rulingVerbs.filter((w) => !this.verbs.has(w) && !this.rebuttals.has(w) && !this.verdicts.has(w)));
    this.introducers = this.lex.sourceIntroducers.map((s) => s.split(' '));
    const g = (this.g = this.lex.grammar);
    this.triggers = [...this.verbs, ...this.rebuttals, ...this.verdicts, ...this.rulings, ...this.lex.sourceIntroducers, ...g.agentPrepositions];
    const l = this.lex;
    this.subjectEnds = new Set([
      ...l.verbModifiers, ...l.anonymousNouns, ...l.vagueNouns, ...l.organizationNouns, ...l.lowerCaseBodies,
      ...l.documentNouns, ...g.dataNouns, ...l.titles, ...l.pronouns, ...l.timeNouns, ...l.timeAdverbs, ...l.workAuthors, ...g.conjunctions,
      // "the Libyan coast guard said": the last word of a body's two-word name.
      ...[...l.bodyCompounds].map((c) => c.slice(c.lastIndexOf(' ') + 1)),
      ...g.familyNouns,
    ]);
    const conjunctions = [...g.conjunctions];
    const conjunction = conjunctions.length === 1 ? conjunctions[0]! : `(?:${conjunctions.join('|')})`;
    this.conjunctionBefore = new RegExp(`\\b${conjunction}\\s+(?:\\S+\\s+){0,2}$`, 'i');
    const triggerLengths = [...g.passiveTriggers].map((w) => w.length);
    this.passiveMin = Math.min(...triggerLengths);
    this.passiveMax = Math.max(...triggerLengths);
    this.clauseParticipleWords = new Set([...g.dataParticiples, ...g.referenceParticiples]);
    this.participleEnds = new Set([...this.clauseParticipleWords].map((w) => lastTwoCodes(w, w.length)));
    this.participleMin = Math.min(...[...this.clauseParticipleWords].map((w) => w.length));
    this.placePrepositions = new Set(g.placePrepositions);
    this.groupSuffixEnds = new Set(l.groupSuffixes.map((w) => w.charCodeAt(w.length - 1)));
    this.relativePronouns = new Set(g.relativePronouns);
    this.relativeStarts = new Set(g.relativePronouns.map((w) => w.charCodeAt(0)));
    this.relativeNeedles = g.relativePronouns.filter((w) => !g.relativePronouns.some((o) => o !== w && w.includes(o)));
    this.eventRecords = [...g.eventRecords];
    this.portfolioBodies = [...g.portfolioBodies];
    this.singleCountWords = [...g.singleCounts];
  }

  /**
   * The attribution around the trigger word `word` at `pos`, in sentence `s` (index `si`).
   * Cheap checks on the raw text come first: most reporting words have no source next to them.
   */
  at(text: string, pos: number, word: string, s: Span, si: number): Attribution | null {
    if (this.g.agentPrepositions.has(word)) {
      if (!hasPassiveTrigger(text, Math.max(s.start, pos - 60), pos, this.g.passiveTriggers, this.passiveMin, this.passiveMax)) return null;
    } else if (this.rebuttals.has(word)) {
      // Only after a rebutted noun a few words back: "a charge Severn Trent rejected".
      if (!hasWordBefore(text, s.start, pos, this.lex.rebuttedNouns, REBUTTED_NOUN_WORDS)) return null;
    } else if (this.verdicts.has(word)) {
      // Most "called" name or summon: without a quotation mark or an object pronoun ahead, or a
      // fronted "what" a few words back, there is no verdict, and no window need be read.
      if (!this.verdictMayFollow(text, pos + word.length, s.end) && !hasWordBefore(text, s.start, pos, this.frontedObjects, FRONTED_OBJECT_WORDS)) return null;
      if (!this.worthALook(text, pos, s)) return null;
    } else if (this.rulings.has(word)) {
      if (!this.rulingOpensAt(text, pos + word.length, s.end) || !this.worthALook(text, pos, s)) return null;
    } else if (!this.verbs.has(word)) {
      // The first word of an introducer ("according", "in", "as"): is the whole phrase there?
      const ahead = text.slice(pos, pos + 40).toLowerCase().replace(SPACES_RE, ' ');
      if (!this.lex.sourceIntroducers.some((p) => ahead.startsWith(p))) return null;
    } else if (!this.worthALook(text, pos, s)) {
      return null;
    }
    // A small window first; a wide one only when the source may reach past its start.
    const small = this.inWindow(text, pos, s, si, SMALL_BEFORE, SMALL_AFTER);
    if (small.complete) return small.found;
    return this.inWindow(text, pos, s, si, WINDOW_BEFORE, WINDOW_AFTER).found;
  }

  private inWindow(text: string, pos: number, s: Span, si: number, before: number, after: number): { found: Attribution | null; complete: boolean } {
    const from = Math.max(s.start, pos - before);
    const to = Math.min(s.end, pos + after);
    let toks = tokenize(text, { start: from, end: to }, this.lex.nameParticles, from > s.start);
    const fromSentenceStart = toks[0]?.start === s.start;
    if (from === s.start) toks = this.readOpening(toks);
    const v = toks.findIndex((t) => t.start === pos);
    if (v < 0) return { found: null, complete: true };
    const found = this.atToken(toks, v, si, fromSentenceStart);
    // Complete unless the result (or the search for one) may have run into a cut edge.
    const cutStart = from > s.start;
    const cutEnd = to < s.end;
    // A name may go on past a few words that end it early ("National Oceanic | and Atmospheric Administration").
    const touchesEdge = found
      ? (cutStart && found.start <= toks[0]!.start) || (cutEnd && found.end >= toks[Math.max(0, toks.length - 4)]!.end)
      : (cutStart && (v < 4 || toks[v - 1]!.text === ',')) || (cutEnd && toks.length - v < 6);
    return { found, complete: !touchesEdge };
  }

  /**
   * The tokens of a window opening its sentence, without a live blog's time stamp before
   * the words ("10:42 GMT The airport said", "9.42pm — Officials said"). The first word,
   * when it only describes a source ("Local reports suggest", "Internal documents show"),
   * is read as the lower-case word it is, not as a name.
   */
  private readOpening(toks: Tok[]): Tok[] {
    const stamp = this.timeStampLength(toks);
    const words = stamp ? toks.slice(stamp) : toks;
    const first = words[0];
    const next = words[1];
    // Not one that opens a title or a body's kind before a name: "Industry regulator Ofgem said".
    const titleBeforeName = !!next && (this.lex.titles.has(next.low) || this.lex.organizationNouns.has(next.low) || this.lex.groupHeads.has(next.low)) && this.isNameWord(words[2]);
    if (first && next && first.word && next.word && !next.capital && !titleBeforeName && (this.lex.sourceModifiers.has(first.low) || this.isCommonPlural(first, next))) first.readAsLowerCase();
    return words;
  }

  /**
   * "Rules say", "Shipbuilders argue": a plural opening the sentence before a reporting verb
   * that agrees only with a plural is a common noun (a name takes "says"). Before a plural
   * auxiliary only a plural known to be common is: of people ("Hydrologists have warned"), a
   * group, or bodies ("Schools have said"); a club or a company takes one too in British usage
   * ("Barclays have said"). Not a body's name of that shape ("Reuters", "Rangers") nor a
   * country ("the Philippines").
   */
  private isCommonPlural(first: Tok, verb: Tok): boolean {
    const l = this.lex;
    const low = first.low;
    if (!l.isPlural(low) || l.organizationNouns.has(low) || l.organizationNameWords.has(low) || l.places.has(low)) return false;
    if (l.pluralVerbs.has(verb.low)) return true;
    return this.g.pluralAuxiliaries.has(verb.low) && (this.isPeoplePlural(low) || this.isGroupNoun(low) || l.organizationNouns.has(this.g.singular(low) ?? ''));
  }

  /**
   * How many tokens a time stamp opening the sentence takes: "10:42", "10:42 GMT", "12:00 PM
   * PT --", "9.42pm —". Read by character codes, and only when the first character is a digit.
   */
  private timeStampLength(toks: readonly Tok[]): number {
    const first = toks[0];
    if (!first || !isDigitCode(first.text.charCodeAt(0))) return 0;
    let k: number;
    let clock: boolean;
    if (isShortNumber(first.text) && first.text.length <= 2 && toks[1]?.text === ':' && toks[2] && isDigitCode(toks[2].text.charCodeAt(0))) {
      k = 3; // "10:42", "10:42pm"
      clock = true;
    } else {
      k = 1; // "9.42pm": a clock only with its "pm" or a zone or dash after it
      clock = isDottedClock(first.text, this.lex.timeZones);
    }
    for (let zones = 0; zones < 2 && toks[k]?.word && this.lex.timeZones.has(toks[k]!.low); zones++) {
      k += toks[k + 1]?.text === '.' && toks[k]!.low.includes('.') ? 2 : 1; // "a.m."
      clock = true;
    }
    let dashes = 0;
    while (k < toks.length && dashes < 2 && STAMP_SEPARATORS.has(toks[k]!.text)) {
      k++;
      dashes++;
    }
    if (!clock && !dashes) return 0;
    return toks[k]?.word ? k : 0;
  }

  /** Is there something before the verb that can be its source, or a comma/quote for "said X"? */
  private worthALook(text: string, pos: number, s: Span): boolean {
    let i = pos;
    while (i > s.start && isSpaceCode(text.charCodeAt(i - 1))) i--;
    if (i <= s.start) return true;
    if (!isWordCode(text.charCodeAt(i - 1))) return true; // ", said Hicks", "” says Parata", "(AP) reported"
    let a = i;
    while (a > s.start && isWordCode(text.charCodeAt(a - 1))) a--;
    let prev = text.slice(a, i);
    // "The ministry formally announced": the word before an adverb of manner.
    for (let adverbs = 0; adverbs < 2 && a > s.start && this.g.isAdverb(prev) && this.isVerbModifier(prev); adverbs++) {
      i = a;
      while (i > s.start && isSpaceCode(text.charCodeAt(i - 1))) i--;
      if (i <= s.start || !isWordCode(text.charCodeAt(i - 1))) return true;
      a = i;
      while (a > s.start && isWordCode(text.charCodeAt(a - 1))) a--;
      prev = text.slice(a, i);
    }
    if (CAPITAL_RE.test(prev) || isCamelCase(prev, 0, prev.length)) return true;
    const low = prev.toLowerCase();
    if (this.isPossessive(low)) return true;
    // "Pemberton’s said": the apostrophe parts the word here, its "s" is read alone.
    if (a - 1 > s.start && this.isPossessive(text.slice(a - 2, i).toLowerCase())) return true;
    // "the 34-year-old said": an age as the subject's noun (the RegExp only after "old", the
    // word a hyphen leaves here).
    if (low === 'old' && AGE_NOUN_RE.test(text.slice(Math.max(s.start, a - 10), i))) return true;
    // "brokers say", "estate agents report": a plural naming people, in no list.
    if (this.subjectEnds.has(low) || this.isPeoplePlural(low) || this.placedGroupBefore(text, a, s.start)) return true;
    // "one museum attendant said": one of such people, counted.
    if (this.isPeoplePlural(`${low}s`) && hasWordBefore(text, s.start, a, this.singleCountWords, 3)) return true;
    // "Parata and his family believe": a name a few words back, joined by "and".
    if (this.conjunctionBefore.test(text.slice(Math.max(s.start, a - 40), a))) return true;
    // "The joint statement issued after the summit said", "the company involved said": a participle a few words back, or right there.
    if (hasParticipleBefore(text, Math.max(s.start, a - 40), i, this.clauseParticipleWords, this.participleEnds, this.participleMin)) return true;
    // "Minutes of the meeting show": the record of an event a few words back.
    if (hasWordBefore(text, s.start, a, this.eventRecords, EVENT_RECORD_WORDS)) return true;
    // "The ministry of foreign affairs said": a body named by its portfolio a few words back.
    if (hasWordBefore(text, s.start, a, this.portfolioBodies, PORTFOLIO_BODY_WORDS)) return true;
    // "Researchers at the University of Cambridge who studied the drug found": a relative clause
    // (a native substring search first; words are read only when one is there).
    const back = text.slice(Math.max(s.start, a - RELATIVE_CLAUSE_CHARS), a);
    return includesAny(back, this.relativeNeedles) && hasWordBefore(text, s.start, a, this.g.relativePronouns, RELATIVE_CLAUSE_WORDS);
  }

  /**
   * A word allowed between a subject and its verb: one of verbModifiers ("also", "has"), or an
   * adverb of manner ("formally", "quietly") that is no noun of the lexicon ("family").
   */
  private isVerbModifier(low: string): boolean {
    if (this.lex.verbModifiers.has(low)) return true;
    return this.g.isAdverb(low) && !this.g.hedgeAdverbs.has(low) && !this.isSourceNoun(low) && !this.g.familyNouns.has(low) && !this.lex.groupHeads.has(low) && !this.verbs.has(low);
  }

  /**
   * Whether a verdict's complement may follow a verdict verb ending at `from`: a quotation mark
   * within VERDICT_REACH characters, or an object pronoun next ("called it", "branded him").
   */
  private verdictMayFollow(text: string, from: number, to: number): boolean {
    const end = Math.min(to, from + VERDICT_REACH);
    for (let i = from; i < end; i++) if (QUOTES.has(text[i]!)) return true;
    return this.lex.objectPronouns.has(wordAfter(text, from, end));
  }

  /**
   * A fronted "what" at token `w` opening a relative clause after a preposition, a comma or the
   * sentence start ("in what Historic England has called"), not an indirect question ("It is
   * unclear what the company called the product").
   */
  private frontedObjectAt(toks: readonly Tok[], w: number): boolean {
    if (!this.g.frontedObjects.has(toks[w]?.low ?? '')) return false;
    const before = toks[w - 1];
    return !before?.word || this.placePrepositions.has(before.low) || this.g.agentPrepositions.has(before.low);
  }

  /** An owner before a participle of publication: "the palace’s", "its", "their"; not "the". */
  private isOwner(t: Tok): boolean {
    return this.isPossessive(t.low) || (this.g.ownerDeterminers.has(t.low) && !this.isDefinite(t.low));
  }

  /** A definite article: "the". */
  private isDefinite(low: string | undefined): boolean {
    return low !== undefined && this.g.definiteArticles.has(low);
  }

  /** A title in the plural: "ministers", "senators". */
  private isPluralTitle(low: string): boolean {
    const one = this.g.singular(low);
    return one !== undefined && this.lex.titles.has(one);
  }

  /** "the BBC's", "Obama’s": of a lower-case word (endsWith, not a RegExp: asked of every word of a name). */
  private isPossessive(low: string): boolean {
    return endsWithAny(low, this.g.possessiveEndings);
  }

  /** The owner a possessive names ("trust’s" → "trust"), or undefined for a word that is none. */
  private ownerOf(low: string): string | undefined {
    const ending = this.g.possessiveEndings.find((e) => low.endsWith(e));
    return ending === undefined ? undefined : low.slice(0, -ending.length);
  }

  /** "London-based" */
  private isBased(low: string): boolean {
    return endsWithAny(low, this.g.placeAdjectiveEndings);
  }

  /** An organisation or a document: what issues guidance or makes a call ("the NHS recommends"). */
  private isBody(p: SourcePhrase): boolean {
    return p.kind === 'organization' || p.kind === 'document';
  }

  /** Guidance is a body's or a document's, a list or a citation a document's ("the filing lists"); any source says. */
  private verbFitsSource(verb: string, source: SourcePhrase): boolean {
    if (this.bodyVerbs.has(verb) && !this.isBody(source)) return false;
    return !this.lex.documentVerbs.has(verb) || source.kind === 'document';
  }

  /**
   * Whether a group placed by a lower-case phrase ends at `end`: "farmers on the ground",
   * "brokers across the country". Read back over at most three words by character codes;
   * only the word before a place preposition is sliced.
   */
  private placedGroupBefore(text: string, end: number, from: number): boolean {
    let i = end;
    for (let words = 0; words < 4; words++) {
      while (i > from && isSpaceCode(text.charCodeAt(i - 1))) i--;
      const e = i;
      while (i > from && isWordCode(text.charCodeAt(i - 1))) i--;
      if (i === e) return false;
      if (!isOneOf(text, i, e, this.g.placePrepositions)) continue;
      while (i > from && isSpaceCode(text.charCodeAt(i - 1))) i--;
      const groupEnd = i;
      while (i > from && isWordCode(text.charCodeAt(i - 1))) i--;
      const low = text.slice(i, groupEnd).toLowerCase();
      return words > 0 && (this.isPeoplePlural(low) || this.isGroupNoun(low));
    }
    return false;
  }

  /** The attribution whose reporting word starts at token `v`, if any. */
  private atToken(toks: Tok[], v: number, sentence: number, fromSentenceStart: boolean): Attribution | null {
    const t = toks[v]!;
    // "according to", "in the words of" ...
    for (const words of this.introducers) {
      if (words.every((w, k) => toks[v + k]?.low === w)) {
        const from = v + words.length;
        const np = this.nounPhraseRight(toks, from) ?? this.dataSourceRight(toks, from) ?? this.placedDocumentRight(toks, from) ?? this.rulingRight(toks, from);
        if (!np) return null;
        return { form: 'introducer', start: t.start, end: np.end, sentence, source: np };
      }
    }
    const g = this.g;
    if (g.agentPrepositions.has(t.low)) {
      // Up to six tokens back: "described as “heartbreaking” by the conservation department".
      const triggerAt = toks.slice(Math.max(0, v - 6), v).findIndex((p) => g.passiveTriggers.has(p.low));
      if (triggerAt < 0) return null;
      const trigger = toks[Math.max(0, v - 6) + triggerAt]!;
      // "could not be independently confirmed by AFP": AFP did not confirm it, so it is no source.
      if (toks.slice(Math.max(0, v - 10), v).some((p) => g.negations.has(p.low))) return null;
      const np = this.nounPhraseRight(toks, v + 1);
      if (!np || np.kind === 'pronoun') return null;
      // "a report by the Resolution Foundation", "a study led by Jane Smith": the work's author.
      const work = toks.slice(Math.max(0, v - 6), v).some((p) => this.isWorkNoun(p.low));
      return { form: 'introducer', start: trigger.start, end: np.end, sentence, source: work ? { ...np, work } : np };
    }
    if (this.rebuttals.has(t.low)) return this.rebuttalAt(toks, v, sentence);
    if (this.verdicts.has(t.low)) return this.verdictAt(toks, v, sentence, fromSentenceStart);
    if (this.rulings.has(t.low)) return this.rulingAt(toks, v, sentence, fromSentenceStart);
    if (!this.verbs.has(t.low)) return null;
    // The word before the verb, lower case (not "Theresa May said", "IS claimed responsibility"):
    // a modal of permission says what may be done, nothing said ("Defendants who cannot pay may
    // request legal aid"); a form of "be" makes the subject the one told ("Players in the squad
    // were told to rest"), unless the verb is progressive ("experts were warning").
    const auxiliary = toks[v - 1];
    if (auxiliary && !auxiliary.capital) {
      if (g.permissionModals.has(auxiliary.low)) return null;
      if (g.passiveAuxiliaries.has(auxiliary.low) && !endsWithAny(t.low, g.progressiveEndings)) return null;
    }
    // A capitalised verb mid-sentence is part of a name ("the United States said").
    if (v > 0 && t.capital) return null;
    // Before a reporting verb that is only ever a verb, this one is a noun: "Local reports said".
    const after = toks[v + 1];
    // "Key points:", "Editor's notes:": a label opening the sentence, the verb a plural noun.
    if (after?.text === ':' && fromSentenceStart && v <= 2 && g.pluralNounVerbs.has(t.low) && toks.slice(0, v).every((w) => w.word && !this.isInitialOrHonorific(w))) return null;
    if (after && this.verbs.has(after.low) && !this.lex.weakReportingVerbs.has(after.low)) return null;
    // "The staff report states", "The staff report, released on Wednesday, states": a
    // document's noun before any reporting verb, or before a participle of publication, is that noun.
    if (after && this.lex.documentNouns.has(t.low) && (this.verbs.has(after.low) ? !this.g.pluralNounVerbs.has(after.low) : after.text === ',' && this.g.dataParticiples.has(toks[v + 2]?.low ?? ''))) return null;
    // "Anecdotal reports suggest", "Early estimates have shown": a plural noun, then the verb.
    if (g.pluralNounVerbs.has(t.low) && this.verbFollows(toks, v + 1)) return null;

    // "The council insisted on a vote", "The bank wrote off £2bn": the verb in another sense.
    if (after && g.otherSenseParticles.get(t.low)?.has(after.low)) return null;
    // "The council report written by the finance director warned", "a company filing first
    // reported by Bloomberg showed": a participle and its agent describe the document; the
    // sentence's verb comes after them.
    if (after && g.agentPrepositions.has(after.low)) {
      const noun = toks[v - 1]?.word && this.isVerbModifier(toks[v - 1]!.low) ? toks[v - 2] : toks[v - 1];
      if (noun?.word && this.lex.documentNouns.has(noun.low)) return null;
    }
    // "Ford recalled nearly 500,000 trucks": a quantity within three words, goods called back.
    if (g.quantityObjectVerbs.has(t.low) && toks.slice(v + 1, v + 4).some((w) => isDigitCode(w.text.charCodeAt(0)))) return null;
    // "Netflix recommends shows", "Russia declared war", "declared a state of emergency": an act, not guidance or a call.
    if (this.bodyVerbs.has(t.low) && !this.statesContent(toks, v)) return null;

    const left = this.subjectLeft(toks, v, fromSentenceStart);
    // "a cryptic Instagram post": after an article, a name and a bare verb spelt as a document's
    // noun are that noun and its modifier (a name would take "posts").
    if (left && this.lex.documentNouns.has(t.low) && !this.lex.isPlural(t.low) && this.isNameWord(toks[v - 1]) && this.indefiniteArticleBefore(toks, this.tokIndex(toks, left.start))) return null;
    // "People who follow him on Instagram say", "an employee who spoke to the paper said": the
    // name belongs to the relative clause; the speakers are the people before "who". Only a
    // named one is taken here ("Researchers at the University of Cambridge who analysed the
    // data found"); unnamed people before "who" are the rules' to mark.
    // No subject right before the verb: "Researchers at the University of Cambridge who studied
    // the drug found" ends its relative clause in a word that names no one.
    const who = left ? this.relativePronounBefore(toks, this.tokIndex(toks, left.start)) : this.relativeClauseBefore(toks, v);
    if (who >= 0) {
      const outer = this.subjectLeft(toks, who);
      const speakers = outer && this.speakersAround(toks, this.affiliatedPerson(toks, outer));
      if (!speakers || speakers.kind === 'anonymous' || speakers.kind === 'vague' || speakers.kind === 'pronoun') {
        // Except counted people, whom no phrase rule lists: "two analysts who cover the company told Reuters".
        const counted = who > 0 ? this.bareGroupAt(toks, who - 1, v, fromSentenceStart) : null;
        return counted?.counted ? { form: 'subject-verb', start: counted.start, end: t.end, sentence, source: counted } : null;
      }
      if (!this.verbFitsSource(t.low, speakers)) return null;
      return { form: 'subject-verb', start: speakers.start, end: t.end, sentence, source: speakers };
    }
    const subject = left && this.speakersAround(toks, this.affiliatedPerson(toks, left), v, fromSentenceStart);
    // "If someone tells you ...", "unless the minister says otherwise": a case put, nothing said.
    const subjectAt = subject ? this.tokIndex(toks, subject.start) : -1;
    if (subject && this.g.conditionals.has(toks[subjectAt - 1]?.low ?? '')) return null;
    // "Visitors to the museum said", "fans outside Old Trafford said", "supporters of Jeremy Corbyn
    // said": the people at or around the named one speak, not the named one. (A place's officials
    // speak for it: "prosecutors in Los Angeles say".)
    if (subject && (subject.kind === 'organization' || subject.kind === 'person' || subject.kind === 'document') && !this.lex.places.has(subject.name.toLowerCase()) && this.peopleBefore(toks, subjectAt, fromSentenceStart, subject.kind === 'organization' && !!subject.definite)) return null;
    // "Smith advised the minister", "Many people recommend the film": guidance is a body's.
    if (subject && !this.verbFitsSource(t.low, subject)) return null;
    if (subject) {
      let end = t.end;
      // "pointed out", "spoke out": keep the particle in the mark.
      const next = toks[v + 1];
      if (next && g.verbParticles.has(next.low) && next.start === end + 1) end = next.end;
      // Counted people with a verb that is no saying: "Two volunteers found the boy", "two men denied murder".
      const source = subject.counted && !this.countedVerbFits(toks, v) ? { ...subject, counted: false } : subject;
      return { form: 'subject-verb', start: subject.start, end, sentence, source };
    }
    if (g.invertibleVerbs.has(t.low)) {
      const prev = toks[v - 1];
      // "..., said Hicks", "” says Parata": after a quote or a comma, or opening the sentence.
      if (!prev || prev.text === ',' || QUOTES.has(prev.text) || prev.text === '—' || prev.text === ':') {
        const np = this.nounPhraseRight(toks, v + 1);
        if (np && np.kind !== 'document') return { form: 'verb-subject', start: t.start, end: np.end, sentence, source: np };
      }
    }
    return null;
  }

  /**
   * A verb of rebuttal at `v` whose object is fronted: "a charge Severn Trent rejected", "a
   * criticism the agency rejects", "a claim which the agency disputes". The subject is read
   * from the words between the rebutted noun (and its "which") and the verb alone, so the noun
   * never goes into it; a clause after "that" may be the claim's content, not its rebuttal
   * ("the charge that officials rejected the plan").
   */
  private rebuttalAt(toks: Tok[], v: number, sentence: number): Attribution | null {
    const t = toks[v]!;
    if (v > 0 && t.capital) return null;
    let r = v - 1;
    while (r >= 0 && v - r <= REBUTTED_NOUN_WORDS && toks[r]!.word && !this.rebuttedNouns.has(toks[r]!.low)) r--;
    if (r < 0 || !toks[r]!.word || !this.rebuttedNouns.has(toks[r]!.low) || r + 1 >= v) return null;
    // The appositive's "a charge", "an accusation": "the asylum claims officials rejected" and
    // "Charges the bank disputed were refunded" are claims for something, rejected as acts.
    if (!this.g.indefinites.has(toks[r - 1]?.low ?? '')) return null;
    const from = this.g.thingRelatives.has(toks[r + 1]!.low) ? r + 2 : r + 1;
    const first = toks[from]!;
    if (from >= v || this.lex.clauseJoiners.has(first.low) || this.relativePronouns.has(first.low)) return null;
    const clause = toks.slice(from);
    const left = this.subjectLeft(clause, v - from);
    const subject = left && this.speakersAround(clause, this.affiliatedPerson(clause, left));
    if (!subject || subject.start !== first.start) return null;
    return { form: 'subject-verb', start: subject.start, end: t.end, sentence, source: subject, rebuttal: true };
  }

  /**
   * A verb of a verdict at `v` with its object and complement: "Treasurer Evan Hughes called it
   * “simply wrong”", "The minister called the report “a disgrace”", "called him a liar".
   */
  private verdictAt(toks: Tok[], v: number, sentence: number, fromSentenceStart: boolean): Attribution | null {
    const t = toks[v]!;
    if (v > 0 && t.capital) return null;
    const complement = this.hasVerdictComplement(toks, v);
    // Only a word after the verb may be its complement when "what" is its object: "in what Historic England has called one of the finds".
    if (!complement && !toks[v + 1]?.word) return null;
    const found = this.plainSubject(toks, v, fromSentenceStart);
    if (!found || (!complement && !this.frontedObjectAt(toks, this.tokIndex(toks, found.left.start) - 1))) return null;
    return { form: 'subject-verb', start: found.subject.start, end: t.end, sentence, source: found.subject };
  }

  /** Whether a ruling's opener ("that") follows the verb ending at `end`: a cheap look on the raw text. */
  private rulingOpensAt(text: string, end: number, limit: number): boolean {
    return this.lex.rulingOpeners.has(wordAfter(text, end, limit));
  }

  /**
   * A verb of a ruling at `v` right before "that", its subject a body: "the Sixth Circuit
   * Court of Appeals held that", "The tribunal ruled that". A person's "held that" is left out.
   */
  private rulingAt(toks: Tok[], v: number, sentence: number, fromSentenceStart: boolean): Attribution | null {
    const t = toks[v]!;
    if ((v > 0 && t.capital) || !this.lex.rulingOpeners.has(toks[v + 1]?.low ?? '')) return null;
    // "that" pointing, not opening a clause: "has ruled that out", "ruled that option out".
    const pointed = toks[v + 2];
    if (!pointed?.word || !toks[v + 3]?.word || this.g.verbParticles.has(pointed.low) || this.g.verbParticles.has(toks[v + 3]!.low)) return null;
    const subject = this.plainSubject(toks, v, fromSentenceStart)?.subject;
    return subject && this.isBody(subject) ? { form: 'subject-verb', start: subject.start, end: t.end, sentence, source: subject } : null;
  }

  /**
   * The subject of the verb at `v` and who speaks for it, for verbs that take no subject inside a
   * relative clause ("the man who called it a lie" is no verdict of his): `left` as read, and
   * `subject`, the speakers around it.
   */
  private plainSubject(toks: Tok[], v: number, fromSentenceStart: boolean): { left: SourcePhrase; subject: SourcePhrase } | null {
    const left = this.subjectLeft(toks, v, fromSentenceStart);
    if (!left || this.relativePronounBefore(toks, this.tokIndex(toks, left.start)) >= 0) return null;
    const subject = this.speakersAround(toks, this.affiliatedPerson(toks, left), v, fromSentenceStart);
    return subject ? { left, subject } : null;
  }

  /**
   * Whether the verdict verb at `v` has an object and a complement: an object pronoun or a
   * noun phrase of up to four words, then an opening quotation mark before a lower-case word
   * ("it “simply wrong”", "the claims “baseless”", not the name of "the baby “Lily”"); or an
   * object pronoun and an indefinite noun phrase ("him a liar"). A noun phrase and an article
   * are left out: "called the police a second time" is a call.
   */
  private hasVerdictComplement(toks: readonly Tok[], v: number): boolean {
    const obj = toks[v + 1];
    if (!obj?.word) return false;
    const pronoun = this.lex.objectPronouns.has(obj.low) && !obj.capital;
    let c = v + 2;
    if (!pronoun) {
      // A determiner, a possessive or a name opens the object; a few words may follow.
      if (!this.g.determiners.has(obj.low) && !this.isPossessive(obj.low) && !this.isNameWord(obj)) return false;
      while (c < toks.length && c - v <= 5 && toks[c]!.word) c++;
    }
    const open = toks[c];
    const first = toks[c + 1];
    if (open && QUOTES.has(open.text) && first?.word && !first.capital) return true;
    return pronoun && !!open?.word && this.g.indefinites.has(open.low) && !!first?.word && !this.lex.timeNouns.has(first.low) && !this.g.determiners.has(first.low) && !this.lex.verdictIdioms.has(first.low);
  }

  /**
   * Whether the source verb at `v` advises or declares something, by what follows it (see
   * the pack's guidanceOpeners): nothing ("..., the WHO recommends."), an opener ("that",
   * "against"), a gerund ("recommends wearing masks"), an addressee ("advised residents",
   * "declared her the winner"), a to-infinitive within six words ("advised all travellers to
   * avoid"), or an object and its complement ("declared the outbreak a pandemic"). A plain
   * object makes it an act: "recommends shows", "declared a state of emergency".
   */
  private statesContent(toks: readonly Tok[], v: number): boolean {
    const l = this.lex;
    const next = toks[v + 1];
    if (!next?.word) return true;
    // "than the consultancy had forecast last month.", "forecast last year that": a time phrase, then nothing or an opener.
    const afterTime = this.timePhraseEnd(toks, v + 1);
    if (afterTime > v + 1 && (!toks[afterTime]?.word || l.guidanceOpeners.has(toks[afterTime]!.low))) return true;
    const low = next.low;
    // "The Met Office forecasts heavy rain": a forecast's object is its content (not "forecast was cut").
    if (this.lex.contentObjectVerbs.has(toks[v]!.low) && !this.isVerbModifier(low) && !this.g.copulas.has(low)) return true;
    if (l.guidanceOpeners.has(low) || l.objectPronouns.has(low) || this.g.isGerund(low) || this.isGroupNoun(low) || this.isPeoplePlural(low)) return true;
    // An object of a name or "the" and a few words, then an article: its complement.
    const object = (l.articles.has(low) && !this.g.indefinites.has(low)) || this.isNameWord(next);
    for (let k = v + 2; k <= v + 6; k++) {
      const t = toks[k];
      if (!t?.word) return false;
      if (this.g.infinitiveMarkers.has(t.low)) {
        const verb = toks[k + 1];
        // "to stay", not "to shoppers", "to the public".
        return !!verb?.word && !verb.capital && !l.articles.has(verb.low) && !this.g.determiners.has(verb.low) && !l.isPlural(verb.low) && !isDigitCode(verb.firstCode);
      }
      if (object && k > v + 2 && l.articles.has(t.low)) return true;
    }
    return false;
  }

  /**
   * Whether a reporting verb comes at token `i`, after any words allowed before a verb
   * ("also", "have", ", however,"). One that is also a plural noun does not count: "Smith
   * highlights reports that ..." has its verb first.
   */
  private verbFollows(toks: readonly Tok[], i: number): boolean {
    let k = i;
    for (let skipped = 0; skipped < 4; skipped++) {
      const t = toks[k];
      if (t?.word && !t.capital && this.isVerbModifier(t.low)) k++;
      else if (t?.text === ',' && this.lex.verbModifiers.has(toks[k + 1]?.low ?? '') && toks[k + 2]?.text === ',') k += 3;
      else break;
    }
    const w = toks[k];
    return !!w && w.word && this.verbs.has(w.low) && !this.g.pluralNounVerbs.has(w.low);
  }

  /**
   * "according to figures from the UN refugee agency", "according to data released by the
   * Office for National Statistics": the named body the numbers come from.
   */
  private dataSourceRight(toks: Tok[], i: number): SourcePhrase | null {
    const g = this.g;
    let k = this.lex.articles.has(toks[i]?.low ?? '') ? i + 1 : i;
    // "a new study", "a 2022 study": one word before the noun.
    const noun = (t: Tok | undefined): boolean => !!t && this.isWorkNoun(t.low);
    if (!noun(toks[k]) && noun(toks[k + 1]) && toks[k]!.word && !toks[k]!.capital) k++;
    if (!noun(toks[k])) return null;
    k++;
    // "published on Monday in JAMA Neurology", "released last week by the ONS".
    if (g.dataParticiples.has(toks[k]?.low ?? '')) k = this.timePhraseEnd(toks, k + 1);
    const publication = this.isPublication(toks, k);
    if (!g.dataPrepositions.has(toks[k]?.low ?? '') && !publication) return null;
    const np = this.nounPhraseRight(toks, k + 1);
    if (!np || (np.kind !== 'organization' && np.kind !== 'person')) return null;
    // "filed in Manhattan federal court": where the paper was filed, not who published it.
    if (publication && this.courtAfter(toks, np.end)) return null;
    return { ...np, kind: publication && np.kind === 'person' && !np.title ? 'organization' : np.kind, work: true };
  }

  /**
   * "Pemberton’s said", "Sotheby's announced": a business known by its founder's possessive,
   * with no noun after it (token `j`, the verb at `v`). Not a contraction of "is" or "has":
   * "It’s said", "Nobody’s said", "Government’s said", "Johnson’s said to be furious", "Trump’s
   * said he will not attend", "Mum’s said I can go".
   */
  private businessByPossessive(toks: readonly Tok[], j: number, v: number): SourcePhrase | null {
    const t = toks[j]!;
    const owner = this.ownerOf(t.low)!;
    if (this.isFunctionWord(owner) || this.g.indefinitePronouns.has(owner) || this.isSourceNoun(owner)) return null;
    const next = toks[v + 1]?.low ?? '';
    if (this.g.infinitiveMarkers.has(next) || this.g.personalPronouns.has(next) || this.g.firstPersonPronouns.has(next)) return null;
    return { name: t.text, kind: 'organization', start: t.start, end: t.end, head: t.low };
  }

  /** Whether token `k` opens the court a paper was filed in: "court", "federal court", "Manhattan federal court". */
  private isCourtAt(toks: readonly Tok[], k: number): boolean {
    for (let c = k; c <= k + 2 && c < toks.length; c++) {
      const t = toks[c]!;
      if (t.word && !t.capital && this.g.courtNouns.has(t.low)) return true;
      if (!t.word || this.g.determiners.has(t.low)) return false;
    }
    return false;
  }

  /** Whether a court's noun comes within two words after `end`: "Manhattan federal court". */
  private courtAfter(toks: readonly Tok[], end: number): boolean {
    const k = toks.findIndex((t) => t.start >= end);
    return k >= 0 && this.isCourtAt(toks, k);
  }

  /** Whether token `p` is the "in" of "a study (published) in", "research published (on Monday) in". */
  private isPublication(toks: readonly Tok[], p: number): boolean {
    if (!this.g.publicationPrepositions.has(toks[p]?.low ?? '')) return false;
    const time = this.timePhraseBefore(toks, p);
    let b = time > 0 ? time - 1 : p - 1;
    // "a study published Wednesday in": a bare day after the participle, as US papers write it.
    if (time < 0 && this.timeNounAt(toks, p - 1) && this.g.dataParticiples.has(toks[p - 2]?.low ?? '')) b = p - 2;
    const before = toks[b]?.low ?? '';
    const noun = this.g.dataParticiples.has(before) ? (toks[b - 1]?.low ?? '') : before;
    return this.isWorkNoun(noun);
  }

  /**
   * The end of a time phrase from token `k` ("on Monday", "last week", "in March 2023",
   * "online on Monday", "earlier this year"), or `k` when none starts there.
   */
  private timePhraseEnd(toks: readonly Tok[], k: number): number {
    const l = this.lex;
    let e = k;
    for (let part = 0; part < 3; part++) {
      const t = toks[e];
      if (!t?.word) break;
      if (l.timeAdverbs.has(t.low) && !this.timeNounAt(toks, e + 1)) {
        e++;
        continue;
      }
      let f = e;
      while (f - e < 2 && toks[f]?.word && l.timeOpeners.has(toks[f]!.low)) f++;
      if (f > e && this.g.definiteArticles.has(toks[f]?.low ?? '')) f++;
      let g = f;
      let nouns = 0;
      while (g - f < 3 && toks[g]?.word) {
        if (l.timeNouns.has(toks[g]!.low)) nouns++;
        else if (!isShortNumber(toks[g]!.text)) break;
        g++;
      }
      // A bare number is a time only as a year: "in 2023", not "in 12 journals".
      if (g === f || (!nouns && (g - f > 1 || toks[f]!.text.length !== 4))) break;
      e = g;
    }
    return e;
  }

  /** Whether token `k` is a noun of time (cheap: one set lookup). */
  private timeNounAt(toks: readonly Tok[], k: number): boolean {
    const t = toks[k];
    return !!t && t.word && this.lex.timeNouns.has(t.low);
  }

  /**
   * The start of a time phrase ending right before token `end`, or -1. Only looked for
   * when the word before `end` can end one: most words cannot, and cost one set lookup.
   */
  private timePhraseBefore(toks: readonly Tok[], end: number): number {
    const last = toks[end - 1];
    if (!last?.word || !(this.lex.timeNouns.has(last.low) || this.lex.timeAdverbs.has(last.low) || isShortNumber(last.text))) return -1;
    // It opens with a lower-case opener or adverb: "Theresa May said" holds no phrase of time.
    for (let m = Math.max(0, end - 6); m < end; m++) {
      const t = toks[m]!;
      if (t.word && !t.capital && (this.lex.timeOpeners.has(t.low) || this.lex.timeAdverbs.has(t.low)) && this.timePhraseEnd(toks, m) === end) return m;
    }
    return -1;
  }

  /** The "who" after a noun among the words before token `i`, back to the clause's start, or -1. */
  private relativePronounBefore(toks: readonly Tok[], i: number): number {
    for (let k = i - 1; k >= Math.max(1, i - 8); k--) {
      const t = toks[k]!;
      if (!t.word) return -1;
      if (this.relativePronouns.has(t.low)) return toks[k - 1]!.word ? k : -1;
    }
    return -1;
  }

  /**
   * The "who" opening a relative clause that ends right before the verb at `v` ("who studied
   * the drug found"), or -1. The clause needs a word of its own besides words allowed before a
   * verb: in "a strategist who has advised", "advised" is the clause's verb. Lower case only
   * ("The WHO found" is the body); only words starting with a "w" are lowered.
   */
  private relativeClauseBefore(toks: readonly Tok[], v: number): number {
    let own = false;
    for (let k = v - 1; k >= Math.max(1, v - RELATIVE_CLAUSE_WORDS); k--) {
      const t = toks[k]!;
      if (!t.word) return -1;
      if (this.relativeStarts.has(t.firstCode) && this.relativePronouns.has(t.low)) return own && toks[k - 1]!.word ? k : -1;
      if (!own && !this.isVerbModifier(t.low)) own = true;
    }
    return -1;
  }

  /**
   * "Allies of the former president say", "people close to Lavrov said", "Officials of the
   * Interior Ministry said", "a source at the ministry said", "a spokesman for the Foreign
   * Office said": the speakers are the unnamed group or person, not the body they belong to.
   */
  private speakersAround(toks: Tok[], np: SourcePhrase, v = -1, opensSentence = false): SourcePhrase | null {
    // "Some of the officials said": the speakers are already unnamed.
    if (np.kind === 'anonymous' || np.kind === 'vague') return np;
    const i = this.tokIndex(toks, np.start);
    // "A study published in The Lancet found", "a study in Nature found": the journal is the source.
    if (this.isPublication(toks, i - 1)) return { ...np, kind: np.kind === 'person' && !np.title ? 'organization' : np.kind, work: true };
    let g = -1;
    // "people close to Lavrov": the group stands one word further back.
    let closeTo = false;
    const link = (k: number): boolean => this.g.groupPrepositions.has(toks[k]?.low ?? '');
    // "Some shopkeepers on Eastgate say", "Sources on Capitol Hill said": people placed on a
    // street or in a town, the place no speaker.
    const placedBy = toks[i - 2]?.low ?? '';
    const onStreet = this.placePrepositions.has(toks[i - 1]?.low ?? '') && !toks[i - 1]!.capital && (this.isPeoplePlural(placedBy) || this.lex.anonymousNouns.has(placedBy) || this.lex.vagueNouns.has(placedBy));
    // "Its flagship project on Pier Street, which ..., has admitted": after "on" or "across", a name is a place.
    const prep = toks[i - 1];
    if (!onStreet && prep?.word && !prep.capital && this.placePrepositions.has(prep.low) && !this.g.groupPrepositions.has(prep.low)) return null;
    // "Residents as far away as Baton Rouge said", "as far north as Aberdeen": the name closes a
    // distance, a place (not "as far as Mr Smith said", a speaker).
    const { as, far } = this.g.distanceAs;
    if (prep?.low === as && toks[i - 3]?.low === far && toks[i - 4]?.low === as) return null;
    if (link(i - 1) || onStreet) {
      g = i - 2;
      closeTo = this.g.linkPrepositions.has(toks[i - 1]!.low) && this.g.groupLinks.has(toks[g]?.low ?? '');
      if (closeTo) g--;
    } else {
      for (let k = i; k <= i + 1 && k < toks.length; k++) if (link(k + 1) && toks[k]!.end <= np.end) g = k;
    }
    const head = toks[g];
    if (!head) return np;
    // "Those around the president say", "those close to Lavrov": no noun, but still not the president speaking.
    if (this.g.groupPronouns.has(head.low) && g === (closeTo ? i - 3 : i - 2)) return { name: head.low, kind: 'anonymous', start: head.start, end: np.end, head: head.low };
    // "The Friends of Harrowfield Library group said", "campaign group Friends of the Earth": a
    // capitalised group noun after "the" or a body's kind opens the body's name ("Officials of
    // the ministry said" opens a sentence without either).
    const before = toks[g - 1];
    const definite = !!before && this.isDefinite(before.low);
    const named = definite || (before?.word && !before.capital && this.lex.organizationNouns.has(before.low));
    if (named && head.capital && (g === i - 2 || g > i) && this.isGroupNoun(head.low)) {
      const name = textOf(toks.slice(g, toks.findIndex((t) => t.end === np.end) + 1));
      const start = Math.min(np.start, (definite ? before! : head).start);
      return { name, kind: 'organization', start, end: np.end, definite, head: head.low };
    }
    // "Lawyers for Mr Smith", "representatives of the company": unnamed holders of a role
    // (but "prosecutors in San Francisco say" names the offices).
    const linkWord = toks[g + 1]?.low ?? '';
    const research = g === i - 2 && this.researchersOf(toks, g, np);
    if (research) return research;
    const titled = g === i - 2 ? this.titledByRole(toks, g, np, opensSentence) : null;
    if (titled) return titled;
    // "A spokesperson for the Ohio Department of Education said": the body speaks through them;
    // so does one named before ("a spokesperson for the regulator said").
    if (g === i - 2 && this.lex.spokespeople.has(head.low) && this.g.roleLinks.has(linkWord) && this.speaksThroughSpokesperson(np)) {
      const det = toks[g - 1];
      return { ...np, start: (det && this.g.determiners.has(det.low) ? det : head).start };
    }
    // "The family of Claire Dumont said": a named person's family speaks for her, as her
    // spokesperson would ("a family of refugees", "the family of the victim" name no one).
    // The source is the family, named by the person ("family of Claire Dumont"), never the
    // person, who may be a hostage or a victim and said nothing.
    if (g === i - 2 && this.g.familyNouns.has(head.low) && this.g.roleLinks.has(linkWord) && np.kind === 'person' && CAPITAL_RE.test(np.name) && this.isDefinite(toks[g - 1]?.low)) {
      return { ...np, name: `${head.low} ${linkWord} ${np.name}`, title: undefined, head: head.low, start: toks[g - 1]!.start };
    }
    const role = this.isPluralTitle(head.low) && this.g.roleLinks.has(linkWord);
    if (role || this.g.familyNouns.has(head.low)) return { name: head.low, kind: 'anonymous', start: head.start, end: np.end, head: head.low };
    // "The leader of the Labour Party said": the holder of a role, not the body, speaks.
    if (g === i - 2 && !head.capital && this.lex.titles.has(head.low) && !this.isGroupNoun(head.low) && this.isDefinite(toks[g - 1]?.low)) {
      let last = i;
      while (toks[last + 1] && toks[last + 1]!.end <= np.end) last++;
      return { name: `${toks[g - 1]!.low} ${textOf(toks.slice(g, last + 1))}`, kind: 'person', start: toks[g - 1]!.start, end: np.end, definite: true, head: head.low };
    }
    // "Business groups in Leeds and Newcastle say": a bare plural group, placed. Holders of a
    // post are not: "prosecutors in San Francisco say" names the offices, as the gold has it.
    const office = this.isPluralTitle(head.low);
    const placedPeople = v >= 0 && g === i - 2 && this.placePrepositions.has(linkWord) && !office && !this.isGroupNoun(head.low);
    const placed = placedPeople ? this.bareGroupAt(toks, g, v, opensSentence) : null;
    if (placed) return { ...placed, end: np.end };
    // "Workers in Glasgow found the body": people placed somewhere; the place never speaks for them.
    if (placedPeople && this.isPeoplePlural(head.low)) return null;
    if (!this.isGroupNoun(head.low)) return this.unnamedMember(toks, g, np) ?? np;
    const group = this.commonLeft(toks, g);
    return group ? { ...group, end: np.end } : np;
  }

  /**
   * "Cabinet member for finance Cllr Gareth Davies said": a portfolio's holder with no article
   * before it (token `g`, after at most two describing words), the portfolio in lower case, then
   * a person's name. The role is the named person's title, as in "Finance chief Gareth Davies
   * said"; with an article ("a member for the area said"), in the plural ("Lawyers for former
   * president Donald Trump said") or as someone's spokesperson or aide ("Spokeswoman for Mayor
   * Eric Adams said") the role's holders speak.
   */
  private titledByRole(toks: Tok[], g: number, np: SourcePhrase, opensSentence: boolean): SourcePhrase | null {
    const head = toks[g]!;
    if (np.kind !== 'person' || !np.title || !head.word || !this.lex.portfolioRoles.has(head.low)) return null;
    // Only the sentence's first word may be capitalised ("Cabinet member"); others name something.
    const opening = (k: number): boolean => k === 0 && opensSentence;
    if (head.capital && !opening(g)) return null;
    let d = g;
    const qualifier = (t: Tok): boolean => !this.lex.notNames.has(t.low) && !this.lex.timeAdverbs.has(t.low) && !this.lex.timeNouns.has(t.low) && !this.isVerbModifier(t.low);
    while (d > 0 && g - d < 2 && (this.isDescriptor(toks[d - 1]!) || (opening(d - 1) && qualifier(toks[d - 1]!)))) d--;
    // Opening the sentence, or after punctuation, "and" or a time ("Yesterday cabinet member
    // for finance ... said"): no article, no owner.
    const before = toks[d - 1];
    if (before ? before.word && !this.g.conjunctions.has(before.low) && !this.lex.timeAdverbs.has(before.low) : !opening(d)) return null;
    const portfolio = this.tokIndex(toks, np.start);
    const name = portfolio + np.title.split(' ').length;
    const last = toks.findIndex((t) => t.end === np.end);
    if (last < name || toks.slice(portfolio, name).some((t) => t.capital) || !this.isPersonalNameBefore(toks, last)) return null;
    return { ...np, start: toks[d]!.start, title: textOf(toks.slice(d, name)) };
  }

  /**
   * Whether a spokesperson speaks for `p`: a body or a person named, or a body the story has
   * named ("the regulator"), never a title alone.
   */
  private speaksThroughSpokesperson(p: SourcePhrase): boolean {
    const named = CAPITAL_RE.test(p.name) || (p.definite === true && p.kind === 'organization');
    return named && !p.title && (p.kind === 'organization' || p.kind === 'person');
  }

  /**
   * Whether a name read up to token `n` is whole: the clause ends there, or a time or a place
   * follows ("on Tuesday", "in a statement", "in Dublin"); not "the Trump" of "the Trump
   * campaign", a spokesman "who spoke on condition of anonymity", nor a name cut at its own
   * "for" or "of" ("Transport | for London", "Friends | of the Earth").
   */
  private readWhole(toks: readonly Tok[], n: number): boolean {
    const next = toks[n];
    if (!next?.word) return true;
    if (next.capital) return false;
    const after = this.isDefinite(toks[n + 1]?.low) ? toks[n + 2] : toks[n + 1];
    if (this.g.roleLinks.has(next.low) && this.isNameWord(after) && !this.lex.timeNouns.has(after!.low)) return false;
    return this.g.groupPrepositions.has(next.low) || this.g.provenancePrepositions.has(next.low) || this.lex.timeOpeners.has(next.low) || this.lex.timeAdverbs.has(next.low);
  }

  /**
   * "Researchers at the University of Cambridge found", "analysts at Goldman Sachs said": the
   * researchers at token `g` publish under the name of the body after "at"/"from", which is
   * the source. Not a place ("economists in London") nor a part of the group ("some analysts at").
   */
  private researchersOf(toks: readonly Tok[], g: number, np: SourcePhrase): SourcePhrase | null {
    const head = toks[g]!;
    const link = toks[g + 1]!.low;
    // "University of Cambridge", not "the bank": a body by its own name.
    if (!this.g.researcherLinks.has(link) || !this.lex.researchers.has(head.low) || np.title || !CAPITAL_RE.test(np.name)) return null;
    if ((np.kind !== 'organization' && np.kind !== 'person') || this.lex.places.has(np.name.toLowerCase())) return null;
    const det = toks[g - 1];
    if (det && this.g.determiners.has(det.low) && !this.isDefinite(det.low)) return null;
    return { name: np.name, kind: 'organization', start: (det && this.isDefinite(det.low) ? det : head).start, end: np.end, work: true };
  }

  /**
   * "A senior figure in the party said", "a man from Leeds said": someone unnamed, brought in
   * by an indefinite article, belonging to the body after the preposition. The speaker is
   * anonymous, whatever the noun, unless it is a document ("a study by Stanford University").
   */
  private unnamedMember(toks: Tok[], g: number, np: SourcePhrase): SourcePhrase | null {
    const head = toks[g]!;
    if (!head.word || head.capital || this.lex.documentNouns.has(head.low) || this.g.dataNouns.has(head.low) || this.g.dataParticiples.has(head.low) || this.verbs.has(head.low)) return null;
    let d = g;
    while (d > 0 && g - d < 3 && toks[d - 1]!.word && !toks[d - 1]!.capital && !this.g.indefinites.has(toks[d - 1]!.low) && !this.g.determiners.has(toks[d - 1]!.low)) d--;
    const det = toks[d - 1];
    if (!det || !this.g.indefinites.has(det.low)) return null;
    return { name: textOf(toks.slice(d, g + 1)).toLowerCase(), kind: 'anonymous', start: det.start, end: np.end, head: head.low };
  }

  /** "A military spokesman, Col. Ahmed Hassan, said": the unnamed role before the comma joins the named person's title. */
  private withRole(toks: Tok[], comma: number, np: SourcePhrase): SourcePhrase {
    const head = toks[comma - 1];
    if (!head || !head.word || head.capital || !this.lex.titles.has(head.low)) return np;
    let d = comma - 1;
    while (d > 0 && comma - d < 4 && toks[d - 1]!.word && !toks[d - 1]!.capital && !this.g.determiners.has(toks[d - 1]!.low)) d--;
    if (d > 0 && !this.g.determiners.has(toks[d - 1]!.low)) return np;
    return { ...np, title: withAffiliation(np.title, textOf(toks.slice(d, comma))) };
  }

  /** "said chief inspector Jennifer Mattinson from the West Mercia police": the body after the name goes into the title. */
  private affiliationRight(toks: Tok[], e: number, np: SourcePhrase): SourcePhrase {
    const link = toks[e];
    if (np.kind !== 'person' || !link || !this.g.affiliations.has(link.low) || !this.isPersonalNameBefore(toks, e - 1)) return np;
    let b = e + 1;
    if (this.isDefinite(toks[b]?.low)) b++;
    if (!this.isNameWord(toks[b])) return np;
    let c = b;
    while (this.isNameAt(toks, c + 1) || (toks[c + 1]?.word && !toks[c + 1]!.capital && this.lex.organizationNouns.has(toks[c + 1]!.low))) c++;
    return { ...np, title: withAffiliation(np.title, textOf(toks.slice(b, c + 1))) };
  }

  /**
   * "Jane Smith of Harvard said", "chief inspector Jennifer Mattinson from the West Mercia
   * police said": the subject found is the body, but the speaker is the person named right
   * before "of"/"from"/"at"; the body becomes part of her title.
   */
  private affiliatedPerson(toks: Tok[], np: SourcePhrase): SourcePhrase {
    if (np.kind !== 'organization' && np.kind !== 'person') return np;
    let i = this.tokIndex(toks, np.start);
    if (this.isDefinite(toks[i]?.low)) i++;
    if (this.isDefinite(toks[i - 1]?.low)) i--;
    const link = toks[i - 1];
    if (!link || !this.g.affiliations.has(link.low) || !this.isPersonalNameBefore(toks, i - 2)) return np;
    const person = this.namedLeft(toks, i - 2);
    if (!person || person.kind !== 'person') return np;
    return { ...person, title: withAffiliation(person.title, np.name), end: np.end };
  }

  /** Whether the capitalised words ending at token `j` name a person: no title, organisation or document word among them. */
  private isPersonalNameBefore(toks: readonly Tok[], j: number): boolean {
    let k = j;
    while (k >= 0 && toks[k]!.word && toks[k]!.capital) {
      const low = toks[k]!.low;
      // A title before the name words opens the name ("Professor Jane Smith of Harvard"); right before "of" it is the role ("Minister of Defence").
      if ((this.lex.titles.has(low) || this.lex.honorifics.has(low)) && k < j) break;
      if (this.lex.titles.has(low) || this.lex.organizationNouns.has(low) || this.lex.documentNouns.has(low) || this.lex.notNames.has(low) || this.isDemonym(low) || this.isSourceNoun(low)) return false;
      k--;
    }
    // A person's name takes no article inside a body's name: "the Organisation for the
    // Prohibition of Chemical Weapons" (not "a spokesman for the Church of England").
    if (this.purposeOpensAt(toks, k)) return false;
    // At least one word, and not a lone honorific ("Mr of ...").
    return k < j && !(j - k === 1 && this.lex.honorifics.has(toks[j]!.low));
  }

  /** A lower-case word that can describe a source: "sculptor", "whale rescue group", "explanatory notes". */
  private isDescriptor(t: Tok): boolean {
    // A content word no name ("research", "analysis") describes: "the research firm Statmark".
    if (!t.word || t.capital || (this.lex.notNames.has(t.low) && !this.lex.nameParts.has(t.low))) return false;
    return !this.verbs.has(t.low) || this.isSourceNoun(t.low) || this.g.dataNouns.has(t.low);
  }

  private isNameWord(t: Tok | undefined): boolean {
    if (!t || !t.word || !t.capital) return false;
    // "The WHO said": a body's acronym, though its letters spell a common word ("who").
    return !this.lex.notNames.has(t.low) || (this.lex.organizationNouns.has(t.low) && ACRONYM_RE.test(t.text));
  }

  /** "Russian", "Western", and the people: "Russians", "Israelis". */
  private isDemonym(low: string): boolean {
    const one = this.g.singular(low);
    return this.lex.demonyms.has(low) || (one !== undefined && this.lex.demonyms.has(one));
  }

  /** A name word, or a common capitalised word going on a name: "National Statistics", "Theresa May". */
  private isNameAt(toks: readonly Tok[], j: number): boolean {
    const t = toks[j];
    if (this.isNameWord(t)) return true;
    return !!t && t.word && t.capital && this.lex.nameParts.has(t.low) && this.isNameWord(toks[j - 1]);
  }

  /**
   * When `np` is what a work or a group before it is about ("The suit against Meta", "the inquiry
   * into the firm", "Protesters against the government"): the work or the group, which speaks
   * (or null when it is no source). Undefined when nothing is before it.
   */
  private aboutWhom(toks: Tok[], np: SourcePhrase): SourcePhrase | null | undefined {
    const p = this.tokIndex(toks, np.start) - 1;
    const work = toks[p - 1];
    if (p <= 0 || !this.g.objectPrepositions.has(toks[p]!.low) || !work?.word || (work.capital && p - 1 > 0)) return undefined;
    return this.commonLeft(toks, p - 1);
  }

  /** The subject before the verb at `v`: skips "also", "has already", ", however,"; handles appositives. */
  private subjectLeft(toks: Tok[], v: number, opensSentence = false): SourcePhrase | null {
    let j = v - 1;
    let skipped = 0;
    while (j >= 0 && skipped < 4) {
      const t = toks[j]!;
      if (t.word && !t.capital && this.isVerbModifier(t.low)) {
        j--;
        skipped++;
      } else if (t.text === ',' && toks[j - 1] && this.lex.verbModifiers.has(toks[j - 1]!.low) && toks[j - 2]?.text === ',') {
        j -= 3; // ", however,"
        skipped++;
      } else {
        // "The ministry on Monday said", "Smith last week said".
        const time = this.timePhraseBefore(toks, j + 1);
        if (time <= 0) break;
        j = time - 1;
        skipped++;
      }
    }
    if (j < 0) return null;
    // "Sen. Maria Castellanos, D-N.M., said": a party label between commas after the name.
    if (toks[j]!.text === ',') {
      const comma = this.commaBeforePartyTag(toks, j - 1);
      // "The senator, R-Ohio, said": the subject before the label, named or not.
      if (comma >= 0) j = comma - 1;
    }
    // "The Directorate General of Civil Aviation (DGCA) said", "the UN refugee agency (UNHCR) said":
    // the name's acronym in brackets. A short form written as a word only right after a name:
    // "the British Air Line Pilots’ Association (Balpa) said".
    if (j >= 3 && toks[j]!.text === ')' && toks[j - 2]?.text === '(' && (ACRONYM_RE.test(toks[j - 1]!.text) || (this.isNameWord(toks[j - 1]) && this.isNameAt(toks, j - 3)))) j -= 3;
    // "Cllr Gareth Hughes (Conservative, Rothbury) said", "Smith (pictured) said": an aside in
    // brackets after a name.
    else {
      const open = this.openingBracket(toks, j);
      if (open > 0 && this.isNameAt(toks, open - 1)) j = open - 1;
    }
    // "Lumora Inc. said": the name ends in its company suffix, before the suffix's full stop.
    if (toks[j]!.text === '.' && this.isAbbreviatedSuffix(toks, j - 1)) j--;
    const { document, record } = this.documentBefore(toks, j);
    // "state records obtained by the Statesman Journal show": a document someone has seen is placed.
    const seen = record || (document >= 0 && this.g.sightParticiples.has(toks[document + 1]!.low));
    if (document >= 0) j = document;
    else {
      // "the academy named in the posts said": a body before a participle telling which one.
      const body = this.bodyBeforeParticiple(toks, j);
      if (body >= 0) j = body;
    }
    const t = toks[j]!;
    if (t.text === ',') {
      // "her mother, Fiona, said": a name just before the comma, itself after a comma.
      if (this.isNameAt(toks, j - 1)) {
        const np = this.namedLeft(toks, j - 1);
        const comma = np ? this.tokIndex(toks, np.start) - 1 : -1;
        // Not a description after a name: "Sen. Maria Castellanos, a Democrat, said" (below).
        const article = toks[comma + 1];
        if (np && toks[comma]?.text === ',' && !(article && !article.capital && this.indefiniteArticles.has(article.low))) return this.withRole(toks, comma, np);
        // "The film’s narrator, the actor Sam Keller, tells": a person named after a determiner
        // and a lower-case descriptor, which becomes her title.
        const described = np && np.kind === 'person' ? this.describedName(toks, this.tokIndex(toks, np.start), np) : null;
        if (described) return described;
      }
      // "Hicks, a Navy veteran herself ..., said": an appositive after a name.
      for (let k = j - 1; k >= Math.max(0, j - 30); k--) {
        const c = toks[k]!;
        // "the Prison Officers’ Association": a plural's possessive mark, no closing quote.
        if (QUOTES.has(c.text) && !isPluralPossessiveMark(toks, k, this.lex.isPlural)) return null;
        if (c.text !== ',' || isDigitGroupComma(toks, k)) continue;
        const opener = toks[k + 1];
        if (!opener || !this.opensAppositive(toks, k + 1, j)) return null;
        // "Councillor Jane Holroyd (Upper Dale), who ...", "Margaret Dunn, 74, who ...": an aside after the name (see beforeAside).
        const n = this.beforeAside(toks, k - 1);
        // "The agency, in a statement, said", "Officials, citing data, said": a common noun before the clause.
        const low = toks[n]?.low ?? '';
        const group = this.lex.anonymousNouns.has(low) || this.lex.vagueNouns.has(low);
        // "The organisers, the campaign group 4 Day Week Global, reported": the appositive names them.
        if (!group && this.isDefinite(opener.low) && !this.isNameWord(toks[n])) {
          const body = this.bodyInAppositive(toks, k + 1, j);
          if (body) return body;
        }
        // "An internal incident report dated 14 March, seen by this newspaper, states": the document before its date.
        const seen = this.g.sightParticiples.has(opener.low) && this.g.agentPrepositions.has(toks[k + 2]?.low ?? '');
        const dated = this.documentBefore(toks, n);
        if (dated.document >= 0) return this.commonLeft(toks, dated.document, seen || dated.record);
        if (group || !this.isNameAt(toks, n)) {
          const common = this.isSourceNoun(low) || this.g.familyNouns.has(low) ? this.commonLeft(toks, n, seen) : null;
          // "The footballer, who cannot be named for legal reasons, denied": kept anonymous.
          return common?.kind === 'person' && this.withholdsName(toks, k + 1, j) ? { ...common, kind: 'anonymous' } : common;
        }
        const np = this.namedLeft(toks, n);
        // "Ofwat, the water regulator, said", "Unicef, the UN children's agency, said": an
        // appositive whose head is a body's noun tells that the name is a body's.
        // Only a noun phrase that opens with an article and holds no preposition: not "the head of the agency".
        const head = toks[j - 1]!;
        const phrase = toks.slice(k + 2, j - 1);
        // "SERFOR, Peru’s national forest and wildlife service, said": a possessive opens it too.
        const body = (this.lex.articles.has(opener.low) || this.isPossessive(opener.low)) && head.word && !head.capital && this.lex.organizationNouns.has(head.low) && !this.lex.titles.has(head.low) &&
          !phrase.some((w) => !w.word || this.g.groupPrepositions.has(w.low) || (this.lex.titles.has(w.low) && !this.lex.sourceModifiers.has(w.low)));
        return np && (body || this.g.thingRelatives.has(opener.low)) && np.kind === 'person' && !np.title ? { ...np, kind: 'organization' } : np;
      }
      return null;
    }
    if (!t.word) return null;
    if (this.lex.pronouns.has(t.low) && (j === 0 || !toks[j - 1]!.word || !t.capital || j === 0)) {
      if (this.g.firstPersonPronouns.has(t.low)) return null; // the speaker of a quote, not a source
      return { name: t.low, kind: 'pronoun', start: t.start, end: t.end, head: t.low };
    }
    // "Officials said", "Critics say", "Studies show": unnamed groups even when capitalised.
    const sentenceInitial = j === 0 || (j === 1 && this.g.determiners.has(toks[0]!.low));
    // "The Institute for Fiscal Studies said": a capitalised group noun ending an institution's name.
    const institution = t.capital && !sentenceInitial && (this.lex.anonymousNouns.has(t.low) || this.lex.vagueNouns.has(t.low)) ? this.namedLeft(toks, j) : null;
    if (institution?.kind === 'organization' && this.orgConnectiveIn(toks.slice(this.tokIndex(toks, institution.start), j + 1).filter((w) => w.word)) >= 0) {
      return this.withCoordination(toks, institution);
    }
    const groupNoun = this.lex.anonymousNouns.has(t.low) || this.lex.vagueNouns.has(t.low);
    // ("The BBC said", "The WHO said": an acronym is the body's name, read as one below.)
    if (groupNoun || (sentenceInitial && this.isSourceNoun(t.low) && !this.isNameWord(toks[j - 1]) && !ACRONYM_RE.test(t.text))) {
      const common = this.commonLeft(toks, j, seen);
      if (common) return this.withCoordination(toks, common);
    }
    // "Ministers said", "Executives say": a title in the plural opening the sentence is unnamed holders of it, not a name.
    if (sentenceInitial && (t.capital || j === 0) && this.isPluralTitle(t.low)) {
      return { name: t.low, kind: 'anonymous', start: toks[0]!.start, end: t.end, head: t.low };
    }
    if (t.capital && this.isPossessive(t.low)) return this.businessByPossessive(toks, j, v);
    // "Police said": capitalised only as the sentence's first word, read as "police said" is.
    const bareBody = j === 0 && this.g.genericBodies.has(t.low);
    // "Seismologists said": a plural of people, capitalised only as the sentence's first word.
    const peopleOpening = j === 0 && endsWithAny(t.low, this.g.professionPluralEndings) && this.isPeoplePlural(t.low);
    if (!bareBody && !peopleOpening && (this.isNameAt(toks, j) || (t.capital && this.isSourceNoun(t.low)))) {
      const named = this.namedLeft(toks, j);
      // "The suit against Meta alleges", "the inquiry into the BBC found": the name is what the
      // work is about; the work speaks, named or not.
      const about = named ? this.aboutWhom(toks, named) : undefined;
      if (about !== undefined) return about;
      if (named) return this.withCoordination(toks, named);
    }
    if (!t.capital || j === 0) {
      const common = this.commonLeft(toks, j, seen);
      // "An investigation into the firm found": the firm is what it is about, as a name is.
      const about = common ? this.aboutWhom(toks, common) : undefined;
      if (about !== undefined) return about;
      if (common) return this.withCoordination(toks, common);
    }
    return this.bareGroupLeft(toks, j, v, opensSentence) ?? this.coordinatedSubject(toks, j);
  }

  /**
   * Whether the words from token `o` to the comma at `comma` open an appositive or a clause
   * between a subject and its verb: an opener word ("a", "who", "now"), a title ("chief
   * executive of"), a participle ("asked about", "published on Monday"), a gerund, an age,
   * "in"; a possessive ("Northbridge’s chief executive", "Peru’s forest service"); an
   * affiliation with its body ("of West Yorkshire Police", "of the Met"); or up to three
   * lower-case words ending in a title or a member's noun ("cabinet member for children’s services").
   */
  private opensAppositive(toks: readonly Tok[], o: number, comma: number): boolean {
    const opener = toks[o]!;
    const low = opener.low;
    if (this.g.appositiveOpeners.has(low) || this.lex.titles.has(low) || this.g.dataParticiples.has(low) || this.g.sightParticiples.has(low) || this.lex.clauseParticiples.has(low) || this.g.isGerund(opener.text) || isAge(opener.text) || this.g.clauseOpeners.has(opener.text)) return true;
    if (!opener.word) return false;
    if (this.isPossessive(low)) return true;
    // "Gareth Pryce, Weald Water’s director of operations, said": a body's name of several words,
    // its possessive, then a title.
    let owner = o;
    while (owner + 1 < comma && this.isNameWord(toks[owner]) && !this.isPossessive(toks[owner]!.low)) owner++;
    if (owner > o && this.isNameWord(toks[owner]) && this.isPossessive(toks[owner]!.low)) return owner + 1 < comma && this.opensAppositive(toks, owner + 1, comma);
    // "last updated in May", "first published in 2019": a participle after an adverb of time.
    if ((this.lex.timeOpeners.has(low) || this.lex.verbModifiers.has(low)) && this.g.dataParticiples.has(toks[o + 1]?.low ?? '')) return true;
    if (!opener.capital && this.g.affiliations.has(low)) {
      const from = this.isDefinite(toks[o + 1]?.low) ? o + 2 : o + 1;
      // "Jane Smith, of the residents’ association, said", "of the campaign group Kennet Clean
      // Water": a body by its name or by its kind, within five words.
      for (let m = from; m < comma && m - from < 5; m++) {
        const t = toks[m]!;
        if (this.isNameWord(t) || (t.word && this.lex.organizationNouns.has(t.low))) return true;
      }
      return false;
    }
    // "Gareth Lloyd, Wales officer for the union, said": a title, maybe after a place's or a body's name.
    for (let m = o; m < comma && m - o < 3; m++) {
      const t = toks[m]!;
      if (!t.word || this.isFunctionWord(t.low)) return false;
      if (this.lex.titles.has(t.low) || this.lex.anonymousNouns.has(t.low)) return true;
      if (t.capital && !this.isNameWord(t)) return false;
    }
    return false;
  }

  /**
   * Whether tokens [from, to) say the speaker's name is withheld: "who cannot be named", "who
   * asked not to be identified", "speaking on condition of anonymity".
   */
  private withholdsName(toks: readonly Tok[], from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      if (this.g.nameWithheld.some((words) => k + words.length <= to && words.every((w, m) => toks[k + m]!.low === w))) return true;
    }
    return false;
  }

  /** The comma before a party label ending at token `j` ("D-N.M.", its last full stop a token of its own or not), or -1. */
  private commaBeforePartyTag(toks: readonly Tok[], j: number): number {
    const k = toks[j]?.text === '.' ? j - 1 : j;
    const tag = toks[k] ? this.g.partyTag.exec(toks[k]!.text) : null;
    // A state spelt out must be one of the pack's partyStates: "R-Ohio", not "I-Team".
    if (!tag || (tag[1] && !this.g.partyStates.has(tag[1].toLowerCase()))) return -1;
    return toks[k - 1]?.text === ',' ? k - 1 : -1;
  }

  /** Whether token `k` is a company suffix written short, its full stop right after it: "Inc.", "Corp.". */
  private isAbbreviatedSuffix(toks: readonly Tok[], k: number): boolean {
    const suffix = toks[k];
    const stop = toks[k + 1];
    return !!suffix?.word && !!stop && stop.text === '.' && suffix.end === stop.start && ABBREVIATED_SUFFIX_RE.test(suffix.text) && this.isNameWord(toks[k - 1]);
  }

  /**
   * The token before a bracketed aside of up to five tokens ending at token `j` ("(Upper Dale)",
   * "(Lab)"), or before an age or a party label between commas ("Margaret Dunn, 74,", "Maria
   * Castellanos, D-N.M.,"), or before the full stop of a company's suffix ("Lumora Inc.,"), or `j`.
   */
  private beforeAside(toks: readonly Tok[], j: number): number {
    const aside = toks[j];
    if (aside?.text === '.' && this.isAbbreviatedSuffix(toks, j - 1)) return j - 1;
    if (aside && isAge(aside.text) && toks[j - 1]?.text === ',' && this.isNameWord(toks[j - 2])) return j - 2;
    const party = this.commaBeforePartyTag(toks, j);
    if (party >= 0 && this.isNameWord(toks[party - 1])) return party - 1;
    const open = this.openingBracket(toks, j);
    return open > 0 ? open - 1 : j;
  }

  /**
   * The "(" of an aside in brackets that closes at token `j` ("(Upper Dale)", "(Conservative,
   * Rothbury)"), or -1: words and commas only, BRACKET_ASIDE_TOKENS at most.
   */
  private openingBracket(toks: readonly Tok[], j: number): number {
    if (toks[j]?.text !== ')') return -1;
    for (let k = j - 1; k >= Math.max(1, j - BRACKET_ASIDE_TOKENS); k--) {
      const t = toks[k]!;
      if (t.text === '(') return k;
      if (!t.word && t.text !== ',') return -1;
    }
    return -1;
  }

  /**
   * The person `np` named in an appositive at token `name` after a determiner and up to three
   * lower-case words of description ("the actor Sam Keller" after "The film’s narrator,"), with
   * the description as title; null when no comma opens it.
   */
  private describedName(toks: Tok[], name: number, np: SourcePhrase): SourcePhrase | null {
    let b = name - 1;
    while (b >= 0 && name - b <= 3 && toks[b]!.word && !toks[b]!.capital && !this.isFunctionWord(toks[b]!.low)) b--;
    if (b === name - 1) return null;
    // "The landowner, farmer Tom Beckett, said": no determiner, right after a common noun's comma.
    if (toks[b]?.text === ',' && name - b <= 2 && toks[b - 1]?.word && !toks[b - 1]!.capital && !this.isFunctionWord(toks[b - 1]!.low)) {
      // The mark takes in the noun phrase the name stands beside.
      let d = b - 1;
      while (d > 0 && b - d < 3 && toks[d - 1]!.word && !toks[d - 1]!.capital && !this.g.determiners.has(toks[d - 1]!.low)) d--;
      if (d > 0 && this.g.determiners.has(toks[d - 1]!.low)) d--;
      return this.withRole(toks, b, { ...np, start: toks[d]!.start, title: withAffiliation(np.title, textOf(toks.slice(b + 1, name))) });
    }
    if (!this.g.determiners.has(toks[b]?.low ?? '') || toks[b - 1]?.text !== ',') return null;
    return this.withRole(toks, b - 1, { ...np, title: withAffiliation(np.title, textOf(toks.slice(b + 1, name))) });
  }

  /**
   * "confirmed by her son, Peter", "said the club's captain, Maria Okafor,": the person named
   * after the comma at `comma` that ends the role from token `from`, who takes the role as
   * title. Only a name that ends there or at the next comma or full stop.
   */
  private nameAfterRole(toks: Tok[], from: number, comma: number): SourcePhrase | null {
    if (toks[comma]?.text !== ',' || !this.isNameWord(toks[comma + 1])) return null;
    const np = this.nounPhraseRight(toks, comma + 1);
    if (!np || np.kind !== 'person') return null;
    let e = comma + 1;
    while (toks[e] && toks[e]!.start < np.end) e++;
    const after = toks[e];
    // The name ends the clause, or its body follows: "said her attorney, Marisol Greer of Greer Lind LLP".
    const body = !!after && this.g.affiliations.has(after.low) && this.isNameWord(toks[this.isDefinite(toks[e + 1]?.low) ? e + 2 : e + 1]);
    if (after && after.text !== ',' && after.text !== '.' && !body) return null;
    const role = textOf(toks.slice(from, comma));
    return { ...np, title: np.title ? `${role}, ${np.title}` : role };
  }

  /**
   * The organisation an appositive from token `the` to the comma at `comma` names: "the
   * campaign group 4 Day Week Global". Only common words before the name, so "the friend
   * of John Smith" names no one.
   */
  private bodyInAppositive(toks: Tok[], the: number, comma: number): SourcePhrase | null {
    if (!this.isNameWord(toks[comma - 1])) return null;
    const np = this.namedLeft(toks, comma - 1);
    if (!np || np.kind !== 'organization') return null;
    for (let m = the + 1; toks[m]!.start < np.start; m++) if (!toks[m]!.word || toks[m]!.capital || this.lex.notNames.has(toks[m]!.low)) return null;
    return { ...np, start: toks[the]!.start };
  }

  /**
   * The document noun before a participle clause ending at token `j` ("statement issued
   * after the summit", "figures released on Monday"), or -1. A few set lookups, and only
   * when the word before the verb is lower case and no source noun itself, unless the clause
   * tells who has seen the document ("papers seen by this newspaper", "records obtained by
   * the Courier"): then the document, not its reader, speaks.
   */
  private documentBeforeParticiple(toks: readonly Tok[], j: number): number {
    const t = toks[j];
    if (!t?.word) return -1;
    // A month may end it: "report dated 14 March".
    const sightOnly = (t.capital && !this.lex.timeNouns.has(t.low)) || this.isSourceNoun(t.low);
    for (let k = j; k >= Math.max(1, j - 6); k--) {
      const w = toks[k]!;
      if (!w.word) return -1;
      // "obtained by the Courier", "obtained under the Freedom of Information Act".
      const placedBy = toks[k + 1]?.low ?? '';
      const sight = this.g.sightParticiples.has(w.low) && (this.g.agentPrepositions.has(placedBy) || this.g.provenancePrepositions.has(placedBy));
      if (!sight && (sightOnly || !this.g.dataParticiples.has(w.low))) continue;
      const noun = toks[k - 1]!.low;
      if (this.lex.documentNouns.has(noun) || this.g.dataNouns.has(noun)) return k - 1;
      return this.authorOfDocument(toks, k - 1) ? k - 1 : -1;
    }
    return -1;
  }

  /**
   * The document whose noun phrase ends at token `j`, or -1: a record before the event that
   * places it ("Minutes of the meeting", `record`), or a document before its participle ("The
   * joint statement issued after the summit").
   */
  private documentBefore(toks: readonly Tok[], j: number): { document: number; record: boolean } {
    const record = this.recordBeforeEvent(toks, j);
    return record >= 0 ? { document: record, record: true } : { document: this.documentBeforeParticiple(toks, j), record: false };
  }

  /**
   * Whether token `j` ends the name of a work's author, after "by" and the work: "a survey by
   * Merrion Strategies | published on Sunday found" reads as "a survey by Merrion Strategies found".
   */
  private authorOfDocument(toks: readonly Tok[], j: number): boolean {
    let k = j;
    while (k > 0 && this.isNameAt(toks, k)) k--;
    if (k === j || !this.g.agentPrepositions.has(toks[k]?.low ?? '')) return false;
    const work = toks[k - 1];
    return !!work?.word && (this.lex.documentNouns.has(work.low) || this.g.dataNouns.has(work.low));
  }

  /**
   * The record of an event whose noun phrase ends at token `j` in the event's noun ("Minutes of
   * the meeting", "minutes of a staff meeting", "a transcript of the call"), or -1: the record,
   * not the event, is the source. Not a length of time ("ten minutes of the meeting", "minutes
   * of CCTV footage"), nor an opening phrase before its speaker ("In a transcript of the call
   * Trump said").
   */
  private recordBeforeEvent(toks: readonly Tok[], j: number): number {
    if (!this.g.recordedEvents.has(toks[j]?.low ?? '') || toks[j]!.capital) return -1;
    for (let k = j - 1; k >= Math.max(1, j - 4); k--) {
      const w = toks[k]!;
      if (!w.word) return -1;
      // "Minutes of footage from the meeting", "minutes of silence at the meeting": times.
      if (this.g.researcherLinks.has(w.low) || this.g.provenancePrepositions.has(w.low) || this.placePrepositions.has(w.low)) return -1;
      if (w.capital || !this.g.genitives.has(w.low)) continue;
      const record = toks[k - 1]!;
      const before = toks[k - 2];
      const bare = !before?.word || this.lex.articles.has(before.low) || this.isPossessive(before.low) || this.g.ownerDeterminers.has(before.low);
      return record.word && this.g.eventRecords.has(record.low) && bare ? k - 1 : -1;
    }
    return -1;
  }

  /**
   * The body's noun, after "the" or a possessive, before a reference participle whose clause
   * ends at token `j` ("the academy named in the posts", "the company involved"), or -1.
   * Not a group's noun: "the officials involved" stay unnamed, read as they are.
   */
  private bodyBeforeParticiple(toks: readonly Tok[], j: number): number {
    for (let k = j; k >= Math.max(2, j - 6); k--) {
      const w = toks[k]!;
      if (!w.word) return -1;
      if (!this.g.referenceParticiples.has(w.low)) continue;
      // The participle ends the description, or an agent or place goes on it ("named in the
      // posts"); not the verb of its own clause ("The school named the teacher ...").
      const after = toks[k + 1];
      if (after?.word && !this.placePrepositions.has(after.low) && !this.g.agentPrepositions.has(after.low) && !this.verbs.has(after.low)) return -1;
      const noun = toks[k - 1]!;
      const det = toks[k - 2]!;
      const body = noun.word && !noun.capital && this.lex.organizationNouns.has(noun.low) && !this.isGroupNoun(noun.low) && !this.lex.titles.has(noun.low);
      return body && (this.isDefinite(det.low) || this.isPossessive(det.low)) ? k - 1 : -1;
    }
    return -1;
  }

  /**
   * "Parata and his family believe": a name joined to an unlisted noun.
   * "Uber stepped in and tweeted": the subject of the first of two joined verbs.
   */
  private coordinatedSubject(toks: Tok[], j: number): SourcePhrase | null {
    const t = toks[j]!;
    if (!this.g.conjunctions.has(t.low)) {
      const det = toks[j - 1];
      if (det && this.g.determiners.has(det.low) && this.g.conjunctions.has(toks[j - 2]?.low ?? '') && this.isNameWord(toks[j - 3])) {
        const np = this.namedLeft(toks, j - 3);
        return np && { ...np, end: t.end };
      }
      return null;
    }
    let cs = j - 1;
    while (cs > 0 && j - cs < 10 && toks[cs - 1]!.word) cs--;
    if (cs > 0 && !/[,;:—–(]/.test(toks[cs - 1]!.text) && !QUOTES.has(toks[cs - 1]!.text)) return null;
    if (!this.isNameWord(toks[cs])) return null;
    let e = cs;
    while (e + 1 < j && this.isNameWord(toks[e + 1])) e++;
    return this.namedLeft(toks, e);
  }

  /**
   * A bare plural group ending at token `j`, the subject of the verb at `v`: "brokers say",
   * "Estate agents report", "farmers on the ground said". Its noun need be in no list: its
   * shape makes it an unnamed group. See bareGroupAt.
   */
  private bareGroupLeft(toks: readonly Tok[], j: number, v: number, opensSentence: boolean): SourcePhrase | null {
    const direct = this.bareGroupAt(toks, j, v, opensSentence);
    if (direct) return direct;
    // "farmers on the ground", "brokers across the country": a lower-case place after the group.
    for (let k = j; k >= Math.max(1, j - 4); k--) {
      const t = toks[k]!;
      if (!t.word || t.capital) return null;
      if (!this.placePrepositions.has(t.low)) continue;
      const group = k < j ? this.bareGroupAt(toks, k - 1, v, opensSentence) : null;
      return group && { ...group, end: toks[j]!.end };
    }
    return null;
  }

  /**
   * The unnamed group whose head is the plural at token `h`, the subject of the verb at `v`:
   * a plural naming people ("brokers", "business groups", "hospital leaders") after up to
   * three lower-case modifiers, with no determiner, possessive or name before it ("the
   * brokers" point back to people named before; "Apple's engineers" belong to Apple). A
   * capitalised word is a name, except as the sentence's first word before a lower-case one
   * ("Estate agents"): "Jones says" is no group. Weak verbs only in their reporting sense:
   * "workers found the body" reports nothing. A number before the group counts its people,
   * anonymous individuals ("two brokers", "several rival players"), and so does "one" or
   * "another" before such a noun in the singular ("one museum attendant").
   */
  private bareGroupAt(toks: readonly Tok[], h: number, v: number, opensSentence: boolean): SourcePhrase | null {
    const head = toks[h];
    const verb = toks[v]!.low;
    if (!head?.word) return null;
    // "Farmers on the ground said": a capitalised head only as a known group opening the sentence.
    // "Shipbuilders in Glasgow argue": any plural of people there, before a verb agreeing with a plural.
    const known = head.capital && h === 0 && opensSentence && (this.isGroupNoun(head.low) || (this.lex.pluralVerbs.has(verb) && this.isCommonPlural(head, toks[v]!)));
    if (head.capital && !known) return null;
    const plural = known || this.isPeoplePlural(head.low);
    // "attendant": a singular whose plural names people, counted by "one" or "another" only (below).
    const single = !plural && !this.lex.isPlural(head.low) && this.isPeoplePlural(`${head.low}s`);
    if (!plural && !single) return null;
    if (this.lex.weakReportingVerbs.has(verb) && !this.lex.groupReportingVerbs.has(verb)) return null;
    // "Voters in the swing state will vote": a noun, its verb after it. "said prayers": another sense.
    const after = toks[v + 1];
    const object = after && this.g.determiners.has(after.low) ? toks[v + 2] : after;
    if ((after?.word && this.lex.verbModifiers.has(after.low)) || (object?.word && this.lex.otherSenseObjects.has(object.low))) return null;
    const isModifier = (p: Tok): boolean =>
      p.word && !this.isPossessive(p.low) && !this.isFunctionWord(p.low) && !this.g.numberWords.has(p.low) && !isDigitCode(p.text.charCodeAt(0));
    let a = h;
    while (a > 0 && h - a < 3 && !toks[a - 1]!.capital && isModifier(toks[a - 1]!)) a--;
    // "Estate agents report": the sentence's first word, capitalised only for opening it.
    if (a === 1 && opensSentence && toks[0]!.capital && isModifier(toks[0]!)) a = 0;
    const count = this.countBefore(toks, a, single);
    if (count === null) return null;
    // Bodies are no people ("several companies say" is left to the rules of groups), and counted
    // people are a source only with a verb of saying ("two men admitted affray" is a plea).
    if (count >= 0 && (this.isCountedBodies(head.low) || !this.countedVerbFits(toks, v))) return null;
    const opens = count >= 0 ? count : a;
    if (!this.opensSubject(toks, opens, opensSentence, count >= 0 ? this.lex.countedOpeners : this.lex.clauseJoiners)) return null;
    // The count is no part of the name: "one resident" and "another resident" are mentions of residents.
    const name = textOf(toks.slice(a, h + 1)).toLowerCase();
    const start = toks[opens]!.start;
    if (count >= 0) return { name, kind: 'anonymous', start, end: head.end, head: head.low, counted: true };
    return { name, kind: 'vague', start, end: head.end, head: head.low, bare: true };
  }

  /** A plural of bodies, not people: "several companies say", "two exporters said" count no informants. */
  private isCountedBodies(low: string): boolean {
    const trades = this.lex.tradePlurals;
    return this.lex.organizationNouns.has(this.g.singular(low) ?? low) || trades.has(low) || trades.has(`${low}s`);
  }

  /** Whether the verb at `v` makes counted people a source (see the pack's countedVerbs). */
  private countedVerbFits(toks: readonly Tok[], v: number): boolean {
    const { speech, notStatements, thatClause, telling, tellingAddressees } = this.lex.countedVerbs;
    const verb = toks[v]!.low;
    const next = toks[v + 1];
    // "Two blenders said to cause burns": a passive; "two men said nothing", "said sorry": no statement.
    if (speech.has(verb)) return !next || !(this.g.infinitiveMarkers.has(next.low) || notStatements.has(next.low) || (next.low === 'no' && toks[v + 2]?.low === 'comment'));
    // Closing a quote ("…,” two drivers added.), or before a clause: "that" at once, or after
    // where they said it ("suggested on social media that"); "that" opening a clause, not
    // pointing ("denied that charge", "reported in that morning").
    if (thatClause.has(verb)) {
      if (!next?.word) return true;
      const at = next.low === 'that' ? v + 1 : this.placePrepositions.has(next.low) ? toks.findIndex((t, k) => k > v + 1 && k < v + 6 && t.low === 'that') : -1;
      return at > 0 && this.opensThatClause(toks[at + 1], toks[at + 2]);
    }
    if (!telling.has(verb) || !next?.word) return false;
    // "told us", "told The Herald", "told the paper" (not "told jokes", "told police", "told us to
    // wait", an order, nor "told Mrs Smith", someone in the story).
    if (tellingAddressees.has(next.low)) return !this.g.infinitiveMarkers.has(toks[v + 2]?.low ?? '');
    if (next.capital) return !this.lex.honorifics.has(next.low);
    const outlet = toks[v + 2];
    return (this.isDefinite(next.low) || next.low === 'this') && !!outlet?.word && (outlet.capital || tellingAddressees.has(outlet.low));
  }

  /**
   * Whether the words after "that" open a clause: a subject's first word ("that the", "that he",
   * "that two", "that Smith"), or a bare noun and an auxiliary ("that rates should rise"); not a
   * noun "that" points to ("denied that charge", "reported in that morning").
   */
  private opensThatClause(t: Tok | undefined, after: Tok | undefined): boolean {
    if (!t?.word) return false;
    if (t.capital || this.g.determiners.has(t.low) || this.lex.pronouns.has(t.low) || this.g.numberWords.has(t.low) || isDigitCode(t.firstCode) || t.low === 'there') return true;
    return !!after?.word && (this.lex.verbModifiers.has(after.low) || this.g.passiveAuxiliaries.has(after.low));
  }

  /**
   * Whether a subject may open at token `k`: nothing before it, a clause boundary, or one of
   * `joiners` ("But shipbuilders say"), capitalised only when it opens the sentence. Counted
   * people take the pack's countedOpeners: not "and" ("his widow and three children said": half
   * a subject), "that" or "where" ("the food that two inspectors found").
   */
  private opensSubject(toks: readonly Tok[], k: number, opensSentence: boolean, joiners: ReadonlySet<string> = this.lex.clauseJoiners): boolean {
    const before = toks[k - 1];
    if (!before) return true;
    if (!before.word) return CLAUSE_BOUNDARIES.has(before.text);
    return joiners.has(before.low) && (!before.capital || (k === 1 && opensSentence));
  }

  /**
   * The token that counts the people of a group whose first word is token `a`: a number ("two",
   * "12", "several", "a few"), or "one" or "another" before a noun in the singular. -1 when
   * there is none, null when a count does not fit the noun ("one drivers", "two attendant") or is
   * a plural that takes "of" ("hundreds of").
   */
  private countBefore(toks: readonly Tok[], a: number, single: boolean): number | null {
    const c = toks[a - 1];
    if (!c?.word) return single ? null : -1;
    const one = this.g.singleCounts.has(c.low);
    // (Up to 99: "600 respondents said" is a survey's statistic, not a few informants.)
    const number = one || this.g.numberWords.has(c.low) || (isShortNumber(c.text) && c.text.length <= 2);
    if (!number) return single ? null : -1;
    if (one !== single || this.lex.isPlural(c.low)) return null;
    // "a few", "a dozen": the article opens the count ("few drivers said" counts no one).
    if (this.g.articleCounts.has(c.low)) return this.indefiniteArticles.has(toks[a - 2]?.low ?? '') ? a - 2 : null;
    return a - 1;
  }

  /**
   * "The provincial department of community safety said", "Nigeria's ministry of the interior
   * said": a body named by its portfolio in lower case, the portfolio ending at token `j`, as
   * the subject of its sentence. Null when the portfolio is some other word's ("a man outside the
   * ministry of health said", whose man speaks); undefined when there is no portfolio.
   */
  private portfolioBody(toks: Tok[], j: number): SourcePhrase | null | undefined {
    let of = j;
    while (of > j - PORTFOLIO_WORDS && this.isPortfolioWord(toks, of, j)) of--;
    if (this.isDefinite(toks[of]?.low) && this.g.genitives.has(toks[of - 1]?.low ?? '')) of--;
    if (of === j || !this.g.genitives.has(toks[of]?.low ?? '') || this.portfolioEnd(toks, of) !== j + 1) return undefined;
    const body = toks[of - 1];
    if (!body?.word || body.capital || !this.g.portfolioBodies.has(body.low)) return undefined;
    // Describing words or a country before it: "the provincial department", "the US ministry".
    let d = of - 1;
    while (d > of - 3 && !this.isPossessive(toks[d - 1]!.low) && (this.isDescriptor(toks[d - 1]!) || this.isNameWord(toks[d - 1]))) d--;
    const det = toks[d - 1];
    if (!det?.word || !(this.isDefinite(det.low) || this.isPossessive(det.low))) return null;
    if (!this.opensClause(toks, d - 1)) return null;
    return { name: textOf(toks.slice(d, j + 1)).toLowerCase(), kind: 'organization', start: det.start, end: toks[j]!.end, definite: true, head: body.low };
  }

  /**
   * Whether the phrase whose determiner is token `d` opens its clause ("But the ministry of
   * defence said", "Yesterday the ministry ...", "a spokesperson for the department of health
   * said"), and is no other word's object ("a man outside the ministry of health said").
   */
  private opensClause(toks: readonly Tok[], d: number): boolean {
    const before = toks[d - 1];
    return (
      !before?.word ||
      this.g.conjunctions.has(before.low) ||
      this.g.contrastives.has(before.low) ||
      this.lex.timeAdverbs.has(before.low) ||
      this.lex.timeNouns.has(before.low) ||
      this.isVerbModifier(before.low) ||
      (this.g.roleLinks.has(before.low) && this.lex.spokespeople.has(toks[d - 2]?.low ?? ''))
    );
  }

  /**
   * "the city said", "the county said": the local government, in lower case and opening its
   * clause only (not "Civilians fleeing the city said", "Much of the city said"), and speaking:
   * a place is what "found itself", "shows signs" or "believes in second chances", or null.
   */
  private localGovernment(toks: readonly Tok[], j: number): SourcePhrase | null {
    const det = toks[j - 1];
    if (!det?.word || !this.isDefinite(det.low) || !this.opensClause(toks, j - 1)) return null;
    let v = j + 1;
    while (toks[v]?.word && this.isVerbModifier(toks[v]!.low)) v++;
    if (this.lex.placeVerbs.has(toks[v]?.low ?? '')) return null;
    return { name: `${det.low} ${toks[j]!.low}`, kind: 'organization', start: det.start, end: toks[j]!.end, definite: true, head: toks[j]!.low };
  }

  /**
   * The end (exclusive) of a lower-case portfolio after "of" at token `of`: "of health", "of
   * community safety", "of health and social care", "of the interior"; or -1.
   */
  private portfolioEnd(toks: readonly Tok[], of: number): number {
    let e = of + 1;
    if (this.isDefinite(toks[e]?.low)) e++;
    const first = e;
    while (e - first < PORTFOLIO_WORDS && this.isPortfolioWord(toks, e, Infinity)) e++;
    // Not ending on "and": "the department of health and the police".
    while (e > first && this.g.conjunctions.has(toks[e - 1]!.low)) e--;
    return e > first ? e : -1;
  }

  /** A lower-case word of a portfolio at token `k` ("community", "safety"), or "and" inside one (before `last`). */
  private isPortfolioWord(toks: readonly Tok[], k: number, last: number): boolean {
    const t = toks[k];
    if (!t?.word || t.capital) return false;
    if (this.g.conjunctions.has(t.low)) return k < last && !!toks[k + 1]?.word && !toks[k + 1]!.capital;
    return !this.isFunctionWord(t.low);
  }

  /**
   * Whether token `d` is the article of a body's purpose, after a joiner and the body's noun:
   * "the" of "the Institute for the Study of War".
   */
  private purposeOpensAt(toks: readonly Tok[], d: number): boolean {
    const article = toks[d];
    const joiner = toks[d - 1];
    return (
      !!article?.word && !article.capital && this.isDefinite(article.low) &&
      !!joiner?.word && !joiner.capital && this.g.nameJoiners.has(joiner.low) &&
      this.isNameWord(toks[d - 2]) && this.lex.organizationNouns.has(toks[d - 2]!.low)
    );
  }

  /** Whether the joiner at token `k` may join a body's name: one of purpose only before two name words ("Committee to | Protect Journalists"). */
  private joinsNameAt(toks: readonly Tok[], k: number): boolean {
    return !this.g.purposeJoiners.has(toks[k]!.low) || (this.isNameWord(toks[k + 1]) && this.isNameWord(toks[k + 2]));
  }

  /** A determiner, pronoun, preposition, verb or the like: no modifier of a group noun. */
  private isFunctionWord(low: string): boolean {
    const l = this.lex;
    return this.g.determiners.has(low) || l.notNames.has(low) || l.verbModifiers.has(low) || l.pronouns.has(low) || this.verbs.has(low);
  }

  /**
   * Whether a lower-case word is a plural naming people: a group head ("people", "staff",
   * "unions"), or a plural with an ending of a doer ("brokers", "residents") that names no
   * thing or document. endsWith only: asked before a window is made for a reporting verb.
   * Also asked by the report, for the group a phrase finding names ("several runners").
   */
  isPeoplePlural(low: string): boolean {
    const l = this.lex;
    if (l.groupHeads.has(low)) return true;
    if (low.length < 6 || !this.groupSuffixEnds.has(low.charCodeAt(low.length - 1)) || endsWithAny(low, this.g.thingPluralEndings)) return false;
    if (!isOneOf(low, 0, low.length, l.groupSuffixes, true)) return false;
    return !l.thingPlurals.has(low) && !l.documentNouns.has(low) && !this.g.dataNouns.has(low) && !this.verbs.has(low);
  }

  private tokIndex(toks: Tok[], start: number): number {
    return toks.findIndex((t) => t.start === start);
  }

  private isGroupNoun(low: string): boolean {
    return this.lex.anonymousNouns.has(low) || this.lex.vagueNouns.has(low);
  }

  /** A noun of a work or of what one holds: "report", "study", "data", "research". */
  private isWorkNoun(low: string): boolean {
    return this.lex.documentNouns.has(low) || this.g.dataNouns.has(low);
  }

  private isSourceNoun(low: string): boolean {
    const l = this.lex;
    return l.anonymousNouns.has(low) || l.vagueNouns.has(low) || l.organizationNouns.has(low) || l.documentNouns.has(low) || l.titles.has(low);
  }

  /** Whether a body's possessive (a name's, or a body's noun's) stands within five lower-case words before token `j`. */
  private ownedByBody(toks: readonly Tok[], j: number): boolean {
    const l = this.lex;
    for (let k = j - 1; k >= Math.max(0, j - 5); k--) {
      const t = toks[k]!;
      if (!t.word) return false;
      const owner = this.ownerOf(t.low);
      // Not a day's ("Tuesday's numbers") nor someone's ("Someone's research").
      if (owner !== undefined) return (t.capital && !l.notNames.has(owner) && !l.timeNouns.has(owner) && !l.timeAdverbs.has(owner) && !l.anonymousNouns.has(owner)) || l.organizationNouns.has(owner);
      if (t.capital) return false;
    }
    return false;
  }

  /** A body's noun that owns the documents it modifies: "company" of "company filings" (not "police", "news"). */
  private isOwningBody(low: string): boolean {
    const l = this.lex;
    return l.organizationNouns.has(low) && !this.g.genericBodies.has(low) && !l.sourceModifiers.has(low) && !l.titles.has(low);
  }

  /** "Parata and his family believe": a named source joined by "and" widens the phrase. */
  private withCoordination(toks: Tok[], np: SourcePhrase): SourcePhrase {
    const i = this.tokIndex(toks, np.start);
    if (this.g.conjunctions.has(toks[i - 1]?.low ?? '') && this.isNameWord(toks[i - 2])) {
      const other = this.namedLeft(toks, i - 2);
      if (other && np.kind !== 'anonymous' && np.kind !== 'vague') return { ...other, end: np.end };
      if (other) return { ...other, end: np.end };
    }
    return np;
  }

  /** A capitalised name ending at token `j`, with the titles and descriptors before it. */
  private namedLeft(toks: Tok[], j: number): SourcePhrase | null {
    // The run of capitalised words (with particles between them) ending at j.
    let a = j;
    while (a > 0) {
      const p = toks[a - 1]!;
      if (this.isNameAt(toks, a - 1) || (p.text === '.' && a >= 2 && (this.isInitialOrHonorific(toks[a - 2]!) || isAbbreviatedTitle(toks, a - 2)))) {
        a--;
      } else if (p.word && this.lex.nameParticles.has(p.low) && !p.capital && this.isNameWord(toks[a - 2]) && !this.isDefinite(p.low)) {
        // "Jane Smith of Harvard": a person and the body she belongs to are two names.
        if (this.g.affiliations.has(p.low) && this.isPersonalNameBefore(toks, a - 2)) break;
        a--;
      } else if (this.isDefinite(p.low) && !p.capital && this.g.genitives.has(toks[a - 2]?.low ?? '')) {
        if (this.isPersonalNameBefore(toks, a - 3)) break; // "Alexei Chebanenko of the Studio"
        a--; // "Ministry of the Interior"
      } else if (this.purposeOpensAt(toks, a - 1)) {
        a -= 2; // "for the": "the Institute for the Study of War", "the Organisation for the Prohibition of Chemical Weapons"
      } else if (this.g.nameJoiners.has(p.low) && this.isNameWord(toks[a - 2]) && this.hasOrgNoun(toks, a - 2, j) && this.joinsNameAt(toks, a - 1)) {
        a--; // "Joint Committee on Intelligence and Security"
      } else if (isPluralPossessiveMark(toks, a - 1, this.lex.isPlural) && toks[a - 2]!.capital && this.hasOrgNoun(toks, a, j)) {
        a--; // "the British Air Line Pilots’ Association", "the Teachers’ Union"
      } else if (this.g.campusPrepositions.has(p.low) && this.isNameWord(toks[a - 2]) && this.institutionBefore(toks, a - 2)) {
        a--; // "the University of Texas at Austin"
      } else break;
    }
    // Sentence-initial capitals that are common words ("Officials", "Critics") are not names.
    const run = toks.slice(a, j + 1).filter((t) => t.word);
    if (!run.length) return null;
    // A number before its noun is no name ("Two men were arrested and admitted"), nor a plural
    // one ("Thousands said"); "Three said" may be the mobile operator.
    const next = toks[j + 1];
    const counts = run.length === 1 && this.g.numberWords.has(run[0]!.low);
    if (counts && (this.lex.isPlural(run[0]!.low) || (next?.word && !next.capital && !this.verbs.has(next.low) && !this.isVerbModifier(next.low)))) return null;
    // Nor is a document noun opening the sentence: "Documents show", "Papers show".
    if (run.length === 1 && this.isSourceNoun(run[0]!.low) && (!this.isNameWord(run[0]) || (a === 0 && this.lex.documentNouns.has(run[0]!.low)))) return this.commonLeft(toks, j);

    // Descriptors before the run: lowercase titles ("chief inspector"), possessives ("the BBC's").
    let d = a;
    while (d > 0) {
      const p = toks[d - 1]!;
      if (p.word && (this.lex.titles.has(p.low) || this.lex.organizationNouns.has(p.low)) && !p.capital) d--;
      else if (p.word && this.isPossessive(p.low)) d--;
      else if (p.word && this.isBased(p.low)) d--;
      else if (this.isNameWord(p)) d--;
      else break;
    }
    let start = toks[d]!.start;
    const det = toks[d - 1];
    if (det && this.g.nameDeterminers.has(det.low)) start = det.start;
    // "a Tory MP said", "one SNP MSP said": a party and a post written in capitals, after an
    // indefinite, name no one ("Jess Phillips MP said" does); nor does a party's member, "one
    // senior Tory said", "a Senate Republican said" (a describing word may come between).
    // Named, like the unnamed officials the rules find, without the article: "tory mp".
    const last = toks[j]!;
    const indefinite = !!det?.word && this.g.indefinites.has(det.low);
    const unnamedPost = indefinite && a < j && this.lex.memberPosts.has(last.low) && ACRONYM_RE.test(last.text);
    const unnamedMember = this.lex.partyMembers.has(last.low) && (indefinite || this.indefiniteArticleBefore(toks, a));
    if (unnamedPost || unnamedMember) {
      return { name: textOf(toks.slice(d, j + 1)).toLowerCase(), kind: 'anonymous', start: toks[d]!.start, end: last.end, head: last.low };
    }
    return this.classifyNamed(toks.slice(d, j + 1), start, last.end, this.isDefinite(det?.low));
  }

  /** "Statistics Canada", "Statistics Norway": a capitalised common word opening a body's name before a country. */
  private opensPlaceName(toks: readonly Tok[], e: number): boolean {
    const next = toks[e + 1];
    return this.lex.nameParts.has(toks[e]!.low) && !!next?.word && next.capital && this.lex.places.has(next.low);
  }

  /** Whether a capitalised institution noun is among the three words ending at token `j`: "University of Texas". */
  private institutionBefore(toks: readonly Tok[], j: number): boolean {
    for (let k = j; k >= Math.max(0, j - 2); k--) if (toks[k]!.capital && this.lex.institutions.has(toks[k]!.low)) return true;
    return false;
  }

  /** Index of the first lower-case connective after an organisation noun ("Institute for", "Bank of"), or -1. */
  private orgConnectiveIn(ws: readonly Tok[]): number {
    let org = false;
    for (let k = 0; k < ws.length; k++) {
      const w = ws[k]!;
      if (org && !w.capital && this.g.orgConnectives.has(w.low) && k + 1 < ws.length && this.joinsNameAt(ws, k)) return k;
      if (this.lex.organizationNouns.has(w.low) && w.capital) org = true;
    }
    return -1;
  }

  /** True when every capitalised word from..to-1 is a title or an organisation noun's company. */
  private runIsInstitutional(toks: Tok[], from: number, to: number): boolean {
    for (let k = from; k < to; k++) {
      const low = toks[k]!.low;
      if (this.lex.titles.has(low) || this.lex.organizationNouns.has(low)) return true;
    }
    return false;
  }

  /** Whether the capitalised run from token `i` ends in an organisation noun: "Human Services". */
  private endsInOrgNoun(toks: readonly Tok[], i: number): boolean {
    let k = i;
    while (this.isNameAt(toks, k + 1)) k++;
    return this.lex.organizationNouns.has(toks[k]!.low);
  }

  private hasOrgNoun(toks: Tok[], from: number, to: number): boolean {
    for (let k = from; k <= to; k++) if (this.lex.organizationNouns.has(toks[k]!.low)) return true;
    return false;
  }

  private isInitialOrHonorific(t: Tok): boolean {
    return t.word && ((t.text.length === 1 && t.capital) || this.lex.honorifics.has(t.low) || this.lex.titles.has(t.low));
  }

  /**
   * Whether the words end in a name of two capitalised words or more that only a body
   * bears: its last word is one of organizationNameWords ("Northfield Rovers FC", "National
   * Highways", "Counterpoint Research"), or a country after one ("Public Health England",
   * "Sport England"; not "Jimmy Wales"), or is one such word after "the" ("The Alliance").
   * Never with an honorific or a possessive before it.
   */
  private endsInOrganizationName(ws: readonly Tok[], definite: boolean): boolean {
    const n = ws.length;
    const last = ws[n - 1]!;
    const before = ws[n - 2];
    const names = this.lex.organizationNameWords;
    // "The Alliance says", "the Trust said": one such word after "the" is a body's short name.
    if (n === 1 && definite && last.capital && names.has(last.low)) return true;
    if (!before?.capital || !last.capital) return false;
    if (!names.has(last.low) && !((names.has(before.low) || (n === 2 && this.lex.nameParts.has(before.low))) && this.lex.places.has(last.low))) return false;
    return !ws.some((w) => this.lex.honorifics.has(w.low) || this.isPossessive(w.low));
  }

  /**
   * Splits "Russian Foreign Minister Sergey Lavrov" into title and name, and decides
   * person, organisation or document.
   */
  private classifyNamed(words: Tok[], start: number, end: number, definite: boolean): SourcePhrase | null {
    const ws = words.filter((t) => t.word);
    if (!ws.length) return null;
    // "Col. Ahmed Hassan", "Gen. Mark Milley": abbreviated titles.
    const abbreviated = words.some((w) => !w.word && w.text === '.') ? new Set(words.filter((w, k) => isAbbreviatedTitle(words, k))) : NO_TOKENS;
    let lastTitle = -1;
    for (let k = 0; k < ws.length; k++) {
      const w = ws[k]!;
      if (abbreviated.has(w) || this.lex.titles.has(w.low) || this.lex.honorifics.has(w.low) || this.lex.organizationNouns.has(w.low) || this.isPossessive(w.low) || this.isBased(w.low) || !w.capital) lastTitle = k;
    }
    const nameWords = ws.slice(lastTitle + 1);
    const titleWords = ws.slice(0, lastTitle + 1);
    const anyOrg = ws.some((w) => this.lex.organizationNouns.has(w.low));
    const anyDoc = ws.some((w) => this.lex.documentNouns.has(w.low));
    // "eBay said", "medRxiv says": a name in camel case, lower case first, is a brand, not a person.
    if (nameWords.length && nameWords.every((w) => isLowerInitial(w))) {
      return { name: textOf(nameWords), kind: 'organization', start: nameWords[0]!.start, end, definite, head: nameWords[nameWords.length - 1]!.low };
    }
    if (this.endsInOrganizationName(ws, definite)) {
      const first = ws.findIndex((w) => w.capital);
      return { name: textOf(ws.slice(first)), kind: 'organization', start, end, definite, head: ws[ws.length - 1]!.low };
    }
    // "Russian state", "a Western": nationality adjectives with no name are not a source's name.
    if (!anyOrg && !anyDoc && !ws.some((w) => this.isNameWord(w) && !this.isDemonym(w.low))) {
      const head = ws[ws.length - 1]!.low;
      // "the Russian President": a description referring back to a named person.
      return definite && this.lex.titles.has(head) ? { name: textOf(ws), kind: 'person', start, end, definite, head } : null;
    }
    // "The Monetary Policy Report", "the Mueller Report": a title ending in a document's noun names a document.
    const lastName = nameWords[nameWords.length - 1];
    if (nameWords.length >= 2 && !anyOrg && !titleWords.some((w) => this.lex.titles.has(w.low) || this.lex.honorifics.has(w.low)) && this.lex.documentNouns.has(lastName!.low)) {
      return { name: textOf(nameWords), kind: 'document', start, end, definite, head: lastName!.low };
    }
    if (nameWords.length && nameWords.every((w, k) => this.isNameAt(nameWords, k))) {
      // A person with a title, or an honorific: "Mr Obama", "Foreign Minister Sergey Lavrov".
      const title = titleWords
        .filter((w) => !this.lex.honorifics.has(w.low))
        .map((w) => (abbreviated.has(w) ? `${w.text}.` : w.text))
        .join(' ');
      const lastTitleWord = titleWords[titleWords.length - 1];
      const name = textOf(nameWords);
      // "the Council on Foreign Relations", "the Institute for Fiscal Studies": an organisation
      // noun, a lower-case connective, capitalised words. A person's name may follow such a
      // name only after a lower-case title or as two words ("of Defense Andrei Belyushikov").
      const link = anyOrg ? this.orgConnectiveIn(ws) : -1;
      // "the University of Texas at Austin": a campus after "at" goes on the name.
      const campus = lastTitle >= 0 && this.g.campusPrepositions.has(ws[lastTitle]!.low) && !ws[lastTitle]!.capital;
      const personAfter = lastTitle > link && !campus && (!ws[lastTitle]!.capital || nameWords.length > 1);
      const particleLast = !!lastTitleWord && anyOrg && this.lex.nameParticles.has(lastTitleWord.low) && !lastTitleWord.capital;
      if ((link >= 0 && !personAfter) || particleLast) {
        // "the New Zealand Department of Conservation": one organisation's name.
        const first = ws.findIndex((w) => w.capital);
        return { name: textOf(ws.slice(first)), kind: 'organization', start, end, definite, head: (lastTitleWord ?? ws[ws.length - 1]!).low };
      }
      const orgTitled = lastTitleWord && this.lex.organizationNouns.has(lastTitleWord.low) && !this.lex.titles.has(lastTitleWord.low);
      if (orgTitled && !titleWords.some((w) => this.lex.titles.has(w.low))) {
        // "whale rescue group Project Jonah": the organisation's kind, then its name.
        return { name, kind: 'organization', title: title || undefined, start, end };
      }
      // An acronym on its own is an institution or a place: "the US", "the BBC", "TMZ"; so is
      // one name word after "the", which a person's name never takes: "the Fed", "the Met".
      const single = !titleWords.length && nameWords.length === 1;
      const body = single && (definite || ACRONYM_RE.test(nameWords[0]!.text));
      return { name, kind: body ? 'organization' : 'person', title: title || undefined, start, end };
    }
    // No trailing name: the whole phrase names an organisation or a document.
    const kind: SourceKind = anyDoc && !anyOrg ? 'document' : anyOrg ? 'organization' : 'person';
    const head = ws[ws.length - 1]!.low;
    if (!ws.some((w) => this.isNameWord(w)) && !anyOrg && !anyDoc) return null;
    return { name: textOf(ws), kind, start, end, definite, head };
  }

  /**
   * A common-noun subject ending at token `j`: "the president", "a senior official", "critics".
   * `placed`: what follows places the document, which names it even after "an" ("An internal
   * report, seen by this newspaper", "a department filing released with the announcement").
   */
  private commonLeft(toks: Tok[], j: number, placed = false): SourcePhrase | null {
    const head = toks[j]!;
    const l = this.lex;
    const low = head.low;
    // "a strategist who has advised": the relative pronoun, not the WHO.
    if (!head.capital && this.relativePronouns.has(low)) return null;
    // "the authors wrote", "the study's authors said": the work named before speaks.
    if (l.workAuthors.has(low)) {
      const det = toks[j - 1];
      const owner = det && (this.g.ownerDeterminers.has(det.low) || this.isPossessive(det.low)) ? (this.isDefinite(toks[j - 2]?.low) && !this.isDefinite(det.low) ? toks[j - 2]! : det) : null;
      return owner ? { name: textOf(toks.slice(this.tokIndex(toks, owner.start), j + 1)).toLowerCase(), kind: 'document', start: owner.start, end: head.end, definite: true, head: low, refersBack: true } : null;
    }
    // Not "the department of health officials said", whose officials speak.
    const portfolio = l.anonymousNouns.has(low) || l.vagueNouns.has(low) || l.documentNouns.has(low) ? undefined : this.portfolioBody(toks, j);
    if (portfolio !== undefined) return portfolio;
    if (!head.capital && l.lowerCaseBodies.has(low)) return this.localGovernment(toks, j);
    let kind: SourcePhrase['kind'] | null = null;
    // "Ukraine’s General Staff", "Kalmar’s general staff": a body named by two common words,
    // capitalised, after "the" or owned by a name (not "the hospital’s general staff", its employees).
    const owner = toks[j - 2];
    const compound = j > 0 && !!toks[j - 1]!.word && l.bodyCompounds.has(`${toks[j - 1]!.low} ${low}`) && (toks[j - 1]!.capital || !owner?.word || owner.capital || this.isDefinite(owner.low));
    if (compound) kind = 'person';
    else if (l.anonymousNouns.has(low)) kind = 'anonymous';
    else if (l.vagueNouns.has(low)) kind = 'vague';
    // "the 34-year-old said": an age standing for the person, as a title does.
    else if (l.titles.has(low) || l.organizationNouns.has(low) || AGE_NOUN_RE.test(low)) kind = 'person';
    else if (l.documentNouns.has(low)) kind = 'document';
    // "the company's own estimates", "The World Bank's statistics": data a named body owns
    // (not "one resident's estimate", nor estimates of no one).
    else if (this.g.dataNouns.has(low) && this.ownedByBody(toks, j)) kind = 'document';
    // "the palace’s published programme": what a participle of publication goes on after an
    // owner is a document (not "The regulator published a report", "The released hostages said").
    else if (j > 1 && this.g.dataParticiples.has(toks[j - 1]!.low) && !this.verbs.has(low) && !this.isFunctionWord(low) && this.isOwner(toks[j - 2]!)) kind = 'document';
    // "The Hartley family said": a family known by its name speaks as one named source.
    else if (this.g.familyNouns.has(low) && this.isNameWord(toks[j - 1]) && this.isDefinite(toks[j - 2]?.low)) {
      return { name: textOf(toks.slice(j - 1, j + 1)), kind: 'person', start: toks[j - 2]!.start, end: head.end, definite: true, head: low };
    }
    if (!kind) return null;
    // Modifiers before the head: "law enforcement sources", "Russian defense officials"; up to
    // five after an owner, who identifies a document ("the authority's own 2022 capital needs assessment").
    const reach = kind === 'document' ? this.ownedReach(toks, j) : 3;
    // A name runs on before them, whole.
    const nameReach = Math.max(6, reach + 3);
    let a = j;
    while (a > 0 && (j - a < reach || (j - a < nameReach && (this.isNameAt(toks, a - 1) || toks[a - 1]!.text === '&')))) {
      const p = toks[a - 1]!;
      // A body's acronym spelling a common word is a name here too: "The WHO report".
      // "a Franklin & Marshall College poll": a name's ampersand, and its words, go on.
      const amp = p.text === '&' && this.isNameWord(toks[a - 2]) && this.isNameWord(toks[a]);
      // "Office for National Statistics figures", "a Customs and Border Protection memo": a name's joiner.
      // Not inside a longer name that a connective opens ("the Department of Health and Social Care").
      const joiner = p.word && !p.capital && this.g.nameJoiners.has(p.low) && this.isNameWord(toks[a - 2]) && this.isNameWord(toks[a]) && this.joinsNameAt(toks, a - 1) && !this.connectiveBeforeName(toks, a - 2);
      // "its most recent proxy statement": a degree word before a lower-case word of the phrase.
      const degree = p.word && !p.capital && this.g.degreeWords.has(p.low) && a < j && !!toks[a]?.word && !toks[a]!.capital;
      // "the planning officers’ report": a plural's possessive mark inside the phrase.
      const owners = isPluralPossessiveMark(toks, a - 1, l.isPlural);
      // A verb's spelling right after a determiner is a noun before a body's or a document's noun:
      // "the state disaster management authority", "the state immunisation registry"; not a
      // plural before a group ("the reports police said").
      const verb = this.verbs.has(p.low) && !(this.g.determiners.has(toks[a - 2]?.low ?? '') && !l.isPlural(p.low) && (l.organizationNouns.has(low) || l.documentNouns.has(low)));
      if (!amp && !joiner && !degree && !owners && (!p.word || this.g.determiners.has(p.low) || (l.notNames.has(p.low) && !this.isNameAt(toks, a - 1)) || l.verbModifiers.has(p.low) || verb)) break;
      a--;
    }
    const det = toks[a - 1];
    const hasDet = !!det && this.g.determiners.has(det.low);
    const start = hasDet ? det.start : toks[a]!.start;
    const words = toks.slice(a, j + 1);
    // "Harbour Care’s annual accounts", "Thames Water’s 2023 accounts": a name's documents, told by
    // how or when they are kept (not "the victim’s accounts", "Smith’s accounts suggest he was at
    // home": testimony).
    // A body named by its noun after "the" keeps accounts too: "the trust’s latest annual accounts".
    const ownedByBody = (w: Tok): boolean => {
      const owner = this.ownerOf(w.low);
      return owner !== undefined && (this.isNameWord(w) || (hasDet && l.organizationNouns.has(owner)));
    };
    // "Its latest accounts", "its last filed accounts": the body named before, by its determiner
    // (not "their latest accounts", which may be survivors').
    const ownedByDet = hasDet && this.g.bodyDeterminers.has(det.low);
    if (kind === 'vague' && l.ownedDocumentNouns.has(low) && (ownedByDet || words.some(ownedByBody)) && words.some((w) => l.recordModifiers.has(w.low) || YEAR_RE.test(w.text))) kind = 'document';
    // "West Mercia police", "Vulture magazine": a proper name makes the group a named organisation.
    // ("Greek police", like "Russian state media", names no body; "the Russian foreign ministry" does.)
    const proper = words.slice(0, -1).filter((w) => this.isNameWord(w) && !(this.isDemonym(w.low) && !hasDet) && !(w === toks[0] && this.isSourceNoun(w.low)));
    const body = l.organizationNouns.has(low);
    if (proper.length && (body || l.documentNouns.has(low)) && !l.titles.has(low)) {
      const from = words.indexOf(proper[0]!);
      return { name: textOf(words.slice(from)), kind: body ? 'organization' : 'document', start: words[from]!.start, end: head.end };
    }
    // "A Home Office spokesman": who speaks for a named body cites it ("a Western spokesman" does
    // not). A person has spokespeople too ("a Trump spokesman"): a body only by its name's words.
    const ownerWords = words.slice(0, -1).filter((w) => w.text !== '&' && !(w.word && !w.capital && this.g.nameJoiners.has(w.low)));
    // A demonym names no body alone ("a Russian spokesman", "a Syrian Kurdish spokesman"), only
    // opening a body's name ("a Scottish Government spokeswoman", "a French Navy spokesman").
    const bodyName = words.slice(0, -1).some((w) => w.capital && l.organizationNouns.has(w.low));
    const bareDemonym = (w: Tok): boolean => this.isDemonym(w.low) && !bodyName;
    if (proper.length && l.spokespeople.has(low) && proper.length === ownerWords.length && !proper.some((w) => bareDemonym(w) || this.isPossessive(w.low))) {
      const owner = words.slice(0, -1);
      // A joiner or an ampersand in the owner's name makes it a body's ("A Marks & Spencer spokesperson").
      const body = owner.length > ownerWords.length || owner.some((w) => l.organizationNouns.has(w.low) || l.organizationNameWords.has(w.low) || ACRONYM_RE.test(w.text)) || l.places.has(textOf(owner).toLowerCase());
      return { name: textOf(owner), kind: body ? 'organization' : 'person', start, end: head.end };
    }
    // "A council spokesman", "an airport spokeswoman": who speaks for the body the story is
    // about, as "the council" refers back to it (not "a police spokesman", as "police said").
    const bodyNoun = words.length === 2 ? words[0]! : null;
    if (bodyNoun?.word && !bodyNoun.capital && l.spokespeople.has(low) && (l.organizationNouns.has(bodyNoun.low) || l.lowerCaseBodies.has(bodyNoun.low)) && !this.g.genericBodies.has(bodyNoun.low)) {
      return { name: bodyNoun.low, kind: 'organization', start, end: head.end, definite: true, head: bodyNoun.low };
    }
    // "Stanford University researchers": researchers of a named institution name it.
    if (proper.length && l.researchers.has(low) && words.some((w) => l.institutions.has(w.low))) {
      const from = words.indexOf(proper[0]!);
      return { name: textOf(words.slice(from, -1)), kind: 'organization', start: words[from]!.start, end: head.end, work: true };
    }
    const name = textOf(words).toLowerCase();
    // "district budget documents", "company filings", "court records": a body's own documents,
    // as "its filings" are, the body the one named before. Not by a generic body ("police
    // records", as "police said") nor a kind of outlet ("news reports").
    if (kind === 'document' && !hasDet && a < j && words.slice(0, -1).some((w) => this.isOwningBody(w.low))) {
      return { name, kind, start, end: head.end, definite: true, head: low };
    }
    if (kind === 'anonymous' || kind === 'vague') {
      // "the ministry's officials", "Obama's aides": still unnamed individuals.
      if (kind === 'anonymous' && this.g.personNouns.has(low) && !hasDet && a === j) kind = 'vague';
      // "Two drivers said", "several rival players suggested": people counted, opening the clause.
      // (A number the loop above took for a modifier opens the phrase: "four drivers".)
      const count = a < j && this.g.numberWords.has(toks[a]!.low) ? this.countBefore(toks, a + 1, false) : this.countBefore(toks, a, !l.isPlural(low));
      if (count !== null && count >= 0 && !this.isCountedBodies(low) && this.opensSubject(toks, count, false, l.countedOpeners)) {
        return { name, kind, start: toks[count]!.start, end: head.end, head: low, counted: true };
      }
      return { name, kind, start, end: head.end, head: low };
    }
    // "the president", "the company", "the ministry's report": refers to a named source.
    const possessor = words.find((w) => this.isPossessive(w.low));
    if (this.isDefinite(det?.low) || possessor) {
      if (compound) return { name: textOf(words), kind: 'organization', start, end: head.end, definite: true, head: low };
      const k: SourceKind = body && !l.titles.has(low) ? 'organization' : kind;
      return { name: (this.isDefinite(det?.low) ? `${det!.low} ` : '') + name, kind: k, start, end: head.end, definite: true, head: low };
    }
    if (placed && kind === 'document') return { name, kind, start, end: head.end, head: low };
    // "according to its annual report", "their study found": the document of the body named before.
    if (det && kind === 'document' && this.g.ownerDeterminers.has(det.low)) {
      return { name: `${det.low} ${name}`, kind, start, end: head.end, definite: true, head: low };
    }
    return null;
  }

  /** How many words before a document's noun at `j` its phrase may take: to its owner's possessive within five, else three. */
  private ownedReach(toks: readonly Tok[], j: number): number {
    for (let k = j - 1; k >= Math.max(0, j - 5); k--) {
      const t = toks[k]!;
      if (!t.word) break;
      // The owner's possessive may be a name's: "the Environmental Protection Agency's most recent water quality report".
      if (this.isPossessive(t.low)) return j - k + 1;
      if (t.capital) break;
    }
    return 3;
  }

  /**
   * A ruling a body wrote down, after an introducer: "according to the written decision of the
   * independent tribunal", "according to the tribunal’s decision". Only there: elsewhere a
   * decision is what was decided ("the decision shows how desperate they are").
   */
  private rulingRight(toks: Tok[], i: number): SourcePhrase | null {
    const det = toks[i];
    if (!det?.word || !(this.isDefinite(det.low) || this.isPossessive(det.low) || this.g.ownerDeterminers.has(det.low))) return null;
    for (let h = i + 1; h < Math.min(i + 4, toks.length); h++) {
      const t = toks[h]!;
      if (!t.word) return null;
      if (this.g.rulingNouns.has(t.low)) return { name: textOf(toks.slice(i, h + 1)).toLowerCase(), kind: 'document', start: det.start, end: t.end, definite: true, head: t.low };
      // A lower-case word ("written", "final") or an owner ("the Court’s") may come before it.
      if (t.capital && !this.isPossessive(t.low)) return null;
    }
    return null;
  }

  /** A document named by where it comes from, after an introducer: "according to a department filing released with the announcement". */
  private placedDocumentRight(toks: Tok[], i: number): SourcePhrase | null {
    const first = toks[i];
    const from = first && this.g.determiners.has(first.low) ? i + 1 : i;
    for (let h = from; h < Math.min(from + 4, toks.length) && this.isDescriptor(toks[h]!); h++) {
      if (this.isPlacedDocument(toks, h + 1)) return this.commonLeft(toks, h, true);
    }
    return null;
  }

  /**
   * Whether the words from `k` place the document before them, which names it even after "a":
   * "a department filing released with the announcement", "an internal review commissioned by
   * the trust", "inspection records obtained by the Courier", "filings at Companies House",
   * "a letter sent to legislative leaders", "a report to the council’s cabinet", "an
   * indictment unsealed Tuesday".
   */
  private isPlacedDocument(toks: Tok[], k: number): boolean {
    const participleOrLink = toks[k];
    const after = toks[k + 1];
    if (!participleOrLink?.word || !after?.word || participleOrLink.capital) return false;
    const low = participleOrLink.low;
    // Whom it went to places it, unless anyone could have sent it: "a complaint to Ofcom".
    const privateDocument = !this.g.publicDocuments.has(toks[k - 1]?.low ?? '');
    if (this.g.sightParticiples.has(low) || this.g.dataParticiples.has(low)) {
      if (this.g.recipientPrepositions.has(after.low)) return privateDocument && this.isRecipientAt(toks, k + 2);
      return this.g.provenancePrepositions.has(after.low) && this.isProvenanceAt(toks, k + 2);
    }
    if (this.g.recipientPrepositions.has(low)) return privateDocument && this.isRecipientAt(toks, k + 1);
    // Papers of a court are placed by the day they came out too: "an indictment unsealed Tuesday".
    if (this.g.courtParticiples.has(low) && this.timeNounAt(toks, k + 1)) return true;
    if (this.g.agentParticiples.has(low)) return (this.g.agentPrepositions.has(after.low) && this.isProvenanceAt(toks, k + 2)) || (this.g.provenancePrepositions.has(after.low) && this.isCourtAt(toks, k + 2));
    // "filings at Companies House", "a letter from the regulator": the body that holds or sent it
    // (not "a review from the past decade", "a report from the scene").
    if (!this.g.researcherLinks.has(low)) return false;
    if (this.isNameWord(after)) return true;
    const head = toks[k + 2];
    return this.isDefinite(after.low) && !!head?.word && (this.isNameWord(head) || this.lex.organizationNouns.has(head.low));
  }

  /**
   * Whether token `k` opens whom a document went to: a body or a name, bare or after "the" or
   * an owner ("to the council’s cabinet", "to Ofwat"), or people ("to staff", "to legislative
   * leaders"); not "to the point", "for years", "to police", nor the press or the public ("to
   * the newspaper", "to readers").
   */
  private isRecipientAt(toks: readonly Tok[], k: number): boolean {
    const first = toks[k];
    if (!first?.word || this.g.openRecipients.has(first.low)) return false;
    if (this.isNameWord(first)) return !this.lex.timeNouns.has(first.low);
    const l = this.lex;
    const head = this.isDefinite(first.low) || this.isPossessive(first.low) ? toks[k + 1] : first;
    const next = head === first ? toks[k + 1] : toks[k + 2];
    // Not a body anyone reports to ("a complaint submitted to police"): that places no author.
    const isPlacingRecipient = (t: Tok | undefined): boolean =>
      !!t?.word && !this.g.genericBodies.has(t.low) && !this.g.openRecipients.has(t.low) && (this.isNameWord(t) || l.organizationNouns.has(this.ownerOf(t.low) ?? t.low) || this.isPeoplePlural(t.low));
    // One describing word may come first: "legislative leaders", "the transport committee".
    return isPlacingRecipient(head) || (!!head?.word && !head.capital && isPlacingRecipient(next));
  }

  /**
   * Whether token `k` opens where a document comes from: a name ("by Reuters") or a definite
   * noun phrase ("with the announcement", "by this newspaper"); not a time ("on the eve of
   * the summit", "in early 2024", "on Monday"), a manner ("in full") or anyone at all ("by
   * dozens of residents", "on social media", "in a local newspaper"). A court counts by its
   * kind alone ("filed in federal court").
   */
  private isProvenanceAt(toks: readonly Tok[], k: number): boolean {
    const first = toks[k];
    if (!first?.word) return false;
    if (this.isNameWord(first)) return !this.lex.timeNouns.has(first.low);
    if (this.isCourtAt(toks, k)) return true;
    if (!this.isDefinite(first.low) && !this.g.demonstratives.has(first.low)) return false;
    const head = toks[k + 1];
    return !!head?.word && !this.lex.timeNouns.has(head.low) && !this.g.timeParts.has(head.low) && !isDigitCode(head.firstCode);
  }

  /** Whether the run of name words ending at token `i` follows a lower-case connective ("Department of | Health"). */
  private connectiveBeforeName(toks: readonly Tok[], i: number): boolean {
    let k = i;
    while (k > 0 && this.isNameAt(toks, k - 1)) k--;
    const before = toks[k - 1];
    return !!before?.word && !before.capital && this.g.orgConnectives.has(before.low) && !this.isDefinite(before.low);
  }

  /**
   * Whether token `k`, no descriptor itself, modifies the next word of a noun phrase: a degree
   * word before a descriptor ("its most recent proxy statement"), or a verb's spelling before a
   * document's or a body's noun ("the recall notice", "the review panel").
   */
  private modifiesNext(toks: readonly Tok[], k: number): boolean {
    const t = toks[k]!;
    const next = toks[k + 1];
    if (!t.word || t.capital || !next?.word || next.capital) return false;
    if (this.g.degreeWords.has(t.low)) return this.isDescriptor(next);
    return this.verbs.has(t.low) && !this.lex.isPlural(t.low) && (this.lex.documentNouns.has(next.low) || this.lex.organizationNouns.has(next.low));
  }

  /** Whether a plural common noun and a preposition of place or belonging come right before token `i`: "visitors to | the zoo". */
  private peopleBefore(toks: readonly Tok[], i: number, fromSentenceStart: boolean, definiteBody: boolean): boolean {
    const prep = toks[i - 1];
    const people = toks[i - 2];
    if (!prep?.word || prep.capital) return false;
    // Before a definite body any plural noun will do ("visitors to the museum"); before another
    // name only people or a group ("fans outside Old Trafford", not "images from Nasa"), and not
    // in a place, whose officials speak for it ("prosecutors in Manhattan").
    const place = this.placePrepositions.has(prep.low);
    if (!(this.g.groupPrepositions.has(prep.low) || place || this.g.vicinityPrepositions.has(prep.low)) || (place && !definiteBody)) return false;
    const l = this.lex;
    // Not a body's or a document's noun: "figures from the Joint Council show" cite the council.
    if (!people?.word || !l.isPlural(people.low) || l.organizationNouns.has(people.low) || l.organizationNameWords.has(people.low) || l.documentNouns.has(people.low) || this.g.dataNouns.has(people.low)) return false;
    if (!definiteBody && !this.isPeoplePlural(people.low) && !this.isGroupNoun(people.low)) return false;
    return !people.capital || (i - 2 === 0 && fromSentenceStart);
  }

  /** Whether an indefinite article comes right before token `i`, or before one or two lower-case words before it ("a cryptic"). */
  private indefiniteArticleBefore(toks: Tok[], i: number): boolean {
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      const w = toks[k]!;
      if (!w.word) return false;
      if (this.indefiniteArticles.has(w.low)) return true;
      if (w.capital) return false;
    }
    return false;
  }

  /** The source after an introducer or an inverted verb: "according to whale rescue group Project Jonah". */
  private nounPhraseRight(toks: Tok[], i: number): SourcePhrase | null {
    let k = i;
    const first = toks[k];
    if (!first || !first.word) return null;
    if (this.lex.pronouns.has(first.low) && !first.capital) {
      if (this.g.firstPersonPronouns.has(first.low)) return null;
      return { name: first.low, kind: 'pronoun', start: first.start, end: first.end, head: first.low };
    }
    const det = this.g.determiners.has(first.low) ? first : null;
    if (det) k++;
    // Lower-case descriptors ("sculptor", "chief inspector", "whale rescue group"), at most 4;
    // 6 after an owner ("the council's own flood risk assessment").
    const descStart = k;
    const maxDescriptors = toks[k]?.word && this.isPossessive(toks[k]!.low) ? 6 : 4;
    // A nationality may open them: "said German grandmaster Lena Hartmann".
    if (toks[k]?.capital && this.isDemonym(toks[k]!.low) && toks[k + 1] && this.isDescriptor(toks[k + 1]!)) k++;
    // A plural's possessive mark goes on too: "the planning officers’ report".
    // Without a determiner, a participle after a document's noun ends them: "council records
    // obtained through a freedom-of-information request", "court papers filed by his lawyers" (not
    // before its author, "court documents filed by the Justice Department", "by special counsel
    // Jack Smith", nor with a determiner, "the report published by Amnesty International").
    const byAuthor = (k: number): boolean => {
      const agent = toks[k + 2];
      return this.g.agentPrepositions.has(toks[k + 1]?.low ?? '') && !!agent?.word && !this.g.possessiveDeterminers.has(agent.low) && !this.isPossessive(agent.low);
    };
    const endsDocument = (k: number): boolean =>
      !det && k > descStart && (this.g.dataParticiples.has(toks[k]!.low) || this.g.sightParticiples.has(toks[k]!.low)) && this.lex.documentNouns.has(toks[k - 1]!.low) && !byAuthor(k);
    while (k < toks.length && k - descStart < maxDescriptors && !endsDocument(k) && (this.isDescriptor(toks[k]!) || this.modifiesNext(toks, k) || isPluralPossessiveMark(toks, k, this.lex.isPlural))) k++;
    // The capitalised run.
    let e = k;
    while (e < toks.length) {
      const t = toks[e]!;
      // isNameAt: "the Office for National Statistics", a common word going on the name.
      if (this.isNameAt(toks, e) || (t.capital && t.word && e === k && (det || this.opensPlaceName(toks, e)))) e++;
      // "Franklin & Marshall College": an ampersand between two name words.
      else if (t.text === '&' && e > k && this.isNameWord(toks[e + 1])) e++;
      // "said the Prison Officers’ Association": a plural's possessive inside a body's name.
      else if (e > k && isPluralPossessiveMark(toks, e, this.lex.isPlural) && this.isNameWord(toks[e + 1]) && this.endsInOrgNoun(toks, e + 1)) e++;
      else if (t.text === '.' && e > k && (this.isInitialOrHonorific(toks[e - 1]!) || isAbbreviatedTitle(toks, e - 1))) e++;
      else if (t.word && this.lex.nameParticles.has(t.low) && !t.capital && this.isNameWord(toks[e + 1]) && e > k) {
        if (this.g.affiliations.has(t.low) && this.isPersonalNameBefore(toks, e - 1)) break; // "said Jane Smith of Harvard"
        e++;
      }
      else if (t.word && !t.capital && e > k && this.g.nameJoiners.has(t.low) && this.isNameWord(toks[e + 1]) && this.joinsNameAt(toks, e) && (this.hasOrgNoun(toks, k, e - 1) || (this.g.conjunctions.has(t.low) && this.endsInOrgNoun(toks, e + 1)))) {
        // "the Institute for Fiscal Studies", "the Department of Health and Human Services",
        // "the National Oceanic and Atmospheric Administration".
        if (this.g.conjunctions.has(t.low) && !this.endsInOrgNoun(toks, e + 1)) break;
        e++;
      }
      else if (t.word && this.g.genitives.has(t.low) && e > k && this.runIsInstitutional(toks, k, e)) {
        // "Department of Conservation", "Head of the Ministry": but not "Alexei Chebanenko of the Studio".
        const skip = this.isDefinite(toks[e + 1]?.low) ? 2 : 1;
        if (!this.isNameWord(toks[e + skip])) break;
        e += skip;
      }
      else break;
    }
    const start = (det ?? toks[descStart]!).start;
    if (e > k) {
      // "a Western diplomat", "the Russian foreign ministry": the capitals modify a common head.
      // A participle ends the head: "a YouGov poll published last week".
      let h = e;
      while (h < toks.length && h - e < 3 && this.isDescriptor(toks[h]!) && !this.g.dataParticiples.has(toks[h]!.low)) h++;
      const role = toks[h - 1]?.low ?? '';
      if (h > e && (this.lex.titles.has(role) || this.lex.portfolioRoles.has(role)) && this.isNameWord(toks[h])) {
        // "BBC correspondent Jon Sopel", "Council member Denise Carter": a title between the body and the name.
        for (e = h; this.isNameWord(toks[e]); ) e++;
      } else if (h > e && (det ? this.isSourceNoun(toks[h - 1]!.low) : this.isGroupNoun(toks[h - 1]!.low))) {
        // "said Kremlin officials": unnamed people of a named body, with or without a determiner.
        const np = this.commonLeft(toks, h - 1);
        if (np || !det || this.g.indefinites.has(det.low)) return np;
      }
      // "said a Western": a source with an indefinite article is never named.
      if (det && this.g.indefinites.has(det.low)) return null;
      // A named source, possibly with its postmodifier "of the British Bill".
      const words = toks.slice(descStart, e);
      const np = this.classifyNamed(words, start, toks[e - 1]!.end, this.isDefinite(det?.low));
      return np && this.affiliationRight(toks, e, np);
    }
    if (k === descStart) return null;
    // No capitalised name: a common noun phrase ("reports", "a person familiar with ...", "the explanatory notes of the British Bill").
    const headIdx = k - 1;
    // "according to the ministry of finance", "said the department of health and social care".
    const portfolio = this.g.portfolioBodies.has(toks[headIdx]!.low) && this.g.genitives.has(toks[k]?.low ?? '') ? this.portfolioEnd(toks, k) : -1;
    if (portfolio > 0 && det && this.isDefinite(det.low)) {
      return { name: textOf(toks.slice(descStart, portfolio)).toLowerCase(), kind: 'organization', start, end: toks[portfolio - 1]!.end, definite: true, head: toks[headIdx]!.low };
    }
    const np = this.commonLeft(toks, headIdx);
    if (det && !this.g.indefinites.has(det.low) && (!np || np.kind === 'person')) {
      const named = this.nameAfterRole(toks, descStart, k);
      if (named) return { ...named, start };
    }
    if (!np) return null;
    // "said a spokesperson for the Home Office": the body speaks through them, as it does before
    // the verb ("A spokesperson for the Home Office said").
    if (np.kind === 'anonymous' && this.lex.spokespeople.has(np.head ?? '') && this.g.roleLinks.has(toks[k]?.low ?? '')) {
      const body = this.nounPhraseRight(toks, k + 1);
      if (body && this.speaksThroughSpokesperson(body) && this.readWhole(toks, toks.findIndex((t) => t.end === body.end) + 1)) return { ...body, start };
    }
    // "said analysts at Goldman Sachs": the body they work at.
    if (np.kind === 'vague' && this.g.researcherLinks.has(toks[k]?.low ?? '')) {
      const body = this.nounPhraseRight(toks, k + 1);
      const research = body && this.researchersOf(toks, headIdx, body);
      if (research) return research;
    }
    // "the explanatory notes of the British Bill"
    if (this.g.genitives.has(toks[k]?.low ?? '')) {
      let e2 = k + 1;
      if (this.isDefinite(toks[e2]?.low)) e2++;
      const s2 = e2;
      while (e2 < toks.length && this.isNameWord(toks[e2])) e2++;
      if (e2 > s2) return { ...np, kind: np.kind === 'person' ? 'organization' : np.kind, name: textOf(toks.slice(det ? i : descStart, e2)), end: toks[e2 - 1]!.end, definite: false };
    }
    return np;
  }
}

/**
 * Tokens of a window of a sentence: words (with inner apostrophes, dots, hyphens: "BBC's",
 * "U.S", "Son-hui") or single other characters; `cut` drops a first word the window may
 * have cut in two. A token may run past the window's end on the text and is then cut there.
 */
function tokenize(text: string, s: Span, particles: ReadonlySet<string>, cut = false): Tok[] {
  const out: Tok[] = [];
  const cls = TOKEN_CLASS;
  const n = text.length;
  let i = s.start;
  while (i < s.end) {
    const k = cls[text.charCodeAt(i)]!;
    if (k === TOK_SPACE) {
      i++;
      continue;
    }
    const start = i;
    i++;
    if (k === TOK_WORD) {
      for (;;) {
        while (i < n && cls[text.charCodeAt(i)] === TOK_WORD) i++;
        if (i + 1 < n && cls[text.charCodeAt(i)] === TOK_JOIN && cls[text.charCodeAt(i + 1)] === TOK_WORD) i += 2;
        else break;
      }
      // "U.S.", "U.N.": a dotted abbreviation keeps its last full stop.
      if (text.charCodeAt(i) === 0x2e && isDottedCapitals(text, start, i + 1)) i++;
    }
    if (cut && start === s.start) continue;
    const end = Math.min(i, s.end);
    out.push(new Tok(text, start, end, end - start > 1 || isWordCode(text.charCodeAt(start)), particles));
  }
  return out;
}

const LETTER_RE = /^\p{L}$/u;
/** Per BMP code unit: 1 not a letter, 2 a letter, 0 not yet known (filled on first sight). */
const LETTER_CODE = new Uint8Array(0x10000);

/** UTF-16 units of the letter (\p{L}) at i, before `to`: 0 when none (a lone surrogate is none). */
function letterWidth(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_RE.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let k = LETTER_CODE[c]!;
  if (k === 0) LETTER_CODE[c] = k = LETTER_RE.test(String.fromCharCode(c)) ? 2 : 1;
  return k === 2 ? 1 : 0;
}

/**
 * Whether a run of letters of text[from, to) is a word of PASSIVE_TRIGGERS in any case:
 * what /(?:^|[^\p{L}])(?:statement|made|...)(?:[^\p{L}]|$)/iu finds in that slice, in one
 * pass instead of the alternation tried at every position. Under /iu only "ſ" and the
 * Kelvin sign fold to ASCII letters besides A-Z and a-z.
 */
function hasPassiveTrigger(text: string, from: number, to: number, triggers: ReadonlySet<string>, min: number, max: number): boolean {
  let i = from;
  while (i < to) {
    let w = letterWidth(text, i, to);
    if (!w) {
      i++;
      continue;
    }
    const start = i;
    let foldable = true;
    let longS = false;
    for (; w; w = i < to ? letterWidth(text, i, to) : 0) {
      const c = text.charCodeAt(i);
      if (c === 0x17f) longS = true;
      else if (w === 2 || (c >= 128 && c !== 0x212a)) foldable = false;
      i += w;
    }
    const length = i - start;
    if (foldable && length >= min && length <= max) {
      const low = text.slice(start, i).toLowerCase();
      if (triggers.has(longS ? low.replace(LONG_S_RE, 's') : low)) return true;
    }
  }
  return false;
}

/**
 * Whether a word of `participles` (lower case) is among the words of text[from, to), in any
 * case ("Issued", "ISSUED"). Read backwards by character codes; only words as long as the
 * shortest participle, ending in the last two characters of one (`ends`, of lastTwoCodes,
 * folded to lower case), are sliced.
 */
function hasParticipleBefore(text: string, from: number, to: number, participles: ReadonlySet<string>, ends: ReadonlySet<number>, minLength: number): boolean {
  let i = to;
  while (i > from) {
    while (i > from && !isWordCode(text.charCodeAt(i - 1))) i--;
    const end = i;
    while (i > from && isWordCode(text.charCodeAt(i - 1))) i--;
    if (end - i >= minLength && ends.has(lastTwoCodes(text, end)) && participles.has(text.slice(i, end).toLowerCase())) return true;
  }
  return false;
}

/**
 * The word after the spaces that follow `from` (up to `limit`), lower case; '' when no space
 * or no word comes next ("called it" gives "it", "called." gives '').
 */
function wordAfter(text: string, from: number, limit: number): string {
  let a = from;
  while (a < limit && isSpaceCode(text.charCodeAt(a))) a++;
  if (a === from) return '';
  let b = a;
  while (b < limit && isWordCode(text.charCodeAt(b))) b++;
  return text.slice(a, b).toLowerCase();
}

/** An ASCII capital's lower-case code; any other code as it is. */
const lowerCode = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/** Whether `low` ends in one of `endings` (a loop, not a closure: asked of many words). */
function endsWithAny(low: string, endings: readonly string[]): boolean {
  for (const e of endings) if (low.endsWith(e)) return true;
  return false;
}

/** Whether `text` holds one of `words` anywhere (native substring searches). */
function includesAny(text: string, words: readonly string[]): boolean {
  for (const w of words) if (text.includes(w)) return true;
  return false;
}

/** The two UTF-16 code units before `end`, ASCII capitals lowered, as one number: "ed" of "released", "ED" of "RELEASED". */
function lastTwoCodes(text: string, end: number): number {
  return lowerCode(text.charCodeAt(end - 2)) * 0x10000 + lowerCode(text.charCodeAt(end - 1));
}

/**
 * Whether one of `words` (lower case) is among the last `count` words of text[from, to).
 * Read backwards by character codes; nothing is sliced.
 */
function hasWordBefore(text: string, from: number, to: number, words: readonly string[], count: number): boolean {
  let i = to;
  for (let n = 0; n < count && i > from; n++) {
    while (i > from && !isWordCode(text.charCodeAt(i - 1))) i--;
    const end = i;
    while (i > from && isWordCode(text.charCodeAt(i - 1))) i--;
    if (isOneOf(text, i, end, words)) return true;
  }
  return false;
}

/**
 * Whether text[start, end) is one of `words` (lower case) in any case ("In", "WHO"), or with
 * `suffix` ends in one: compared in place, no string made (asked before any window is made
 * for a reporting verb).
 */
function isOneOf(text: string, start: number, end: number, words: readonly string[], suffix = false): boolean {
  for (const w of words) {
    if (suffix ? w.length <= end - start && matchesAt(text, end - w.length, w) : w.length === end - start && matchesAt(text, start, w)) return true;
  }
  return false;
}

/** Whether `word` (lower case) is written at text[at, …) in any case. By character codes, nothing sliced. */
function matchesAt(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(at + k);
    const w = word.charCodeAt(k);
    if (c !== w && lowerCode(c) !== w && (c < 128 || String.fromCharCode(c).toLowerCase() !== word[k])) return false;
  }
  return true;
}

/** text[start, end) is a dotted abbreviation of single capitals, "U.S." or "U.K." (/^(?:[A-Z]\.){2,3}$/, read in place). */
function isDottedCapitals(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length !== 4 && length !== 6) return false;
  for (let k = start; k < end; k += 2) {
    const c = text.charCodeAt(k);
    if (c < 65 || c > 90 || text.charCodeAt(k + 1) !== 0x2e) return false;
  }
  return true;
}

/**
 * "Col." of "Col. Ahmed Hassan", "Gen.", "Sen.": a capitalised word of two to four letters
 * with a full stop right after it and a name after that. The sentence splitter has already
 * read that stop as no sentence end; honorifics ("Dr.") and initials ("J.") are told apart
 * by isInitialOrHonorific.
 */
function isAbbreviatedTitle(toks: readonly Tok[], k: number): boolean {
  const t = toks[k];
  const dot = toks[k + 1];
  const next = toks[k + 2];
  return !!t && !!dot && !!next && t.word && t.capital && t.text.length >= 2 && t.text.length <= 4 && dot.text === '.' && dot.start === t.end && next.word && next.capital;
}

/**
 * Whether the quote mark at token `k` is a plural's possessive mark: "Officers’ Association",
 * an apostrophe right after a plural (the pack's `isPlural`), a word after it.
 */
function isPluralPossessiveMark(toks: readonly Tok[], k: number, isPlural: (low: string) => boolean): boolean {
  const prev = toks[k - 1];
  const next = toks[k + 1];
  const mark = toks[k]!;
  return (mark.text === '’' || mark.text === "'") && !!prev?.word && prev.end === mark.start && isPlural(prev.low) && !!next?.word && next.start > mark.end;
}

/** A word read as a name though it starts in lower case: a camel-case brand ("eBay"). */
function isLowerInitial(t: Tok): boolean {
  const c = t.text.charCodeAt(0);
  return c >= 97 && c <= 122;
}

/**
 * text[start, end) is a lower-case ASCII run, then an upper-case letter followed by a
 * lower-case one: a brand ("medRxiv", "eBay", "iPhone"), not a unit or symbol ("mRNA", "pH").
 * Read by character codes: the capital test runs on every word a window asks about.
 */
function isCamelCase(text: string, start: number, end: number): boolean {
  for (let k = start + 1; k < end - 1; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) continue;
    const d = text.charCodeAt(k + 1);
    return c >= 65 && c <= 90 && d >= 97 && d <= 122;
  }
  return false;
}

/** What may follow a live blog's time stamp: "9.42pm — Polls have closed". */
const STAMP_SEPARATORS = new Set(['—', '–', '-', '|', ':', '•']);

/** "9.42pm", "10.24am", "10.24": one or two digits, a full stop, two digits, maybe a zone of the pack ("pm"). */
function isDottedClock(text: string, zones: ReadonlySet<string>): boolean {
  const dot = text.indexOf('.');
  if (dot < 1 || dot > 2 || !isShortNumber(text.slice(0, dot))) return false;
  const minutes = text.slice(dot + 1, dot + 3);
  const rest = text.slice(dot + 3).toLowerCase();
  return minutes.length === 2 && isShortNumber(minutes) && (rest === '' || zones.has(rest));
}

/** The comma of a number written with digit groups ("some 1,400 food banks"), not a clause's. */
function isDigitGroupComma(toks: readonly Tok[], k: number): boolean {
  const before = toks[k - 1];
  const after = toks[k + 1];
  return !!before && !!after && before.end === toks[k]!.start && after.start === toks[k]!.end && isDigitCode(before.text.charCodeAt(before.text.length - 1)) && isDigitCode(after.text.charCodeAt(0));
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** One to four digits: a year or a day ("2023", "3"), or the hours or minutes of a clock. By char codes, no RegExp. */
/** An age between subject and verb: "Smith, 45, said" (one to three digits). */
const isAge = (text: string): boolean => text.length > 0 && text.length <= 3 && isShortNumber(text);

function isShortNumber(text: string): boolean {
  if (text.length > 4) return false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** No tokens: the abbreviated titles of a phrase without a full stop in it. */
const NO_TOKENS: ReadonlySet<Tok> = new Set();

function textOf(words: readonly Tok[]): string {
  let out = '';
  let prevEnd = -1;
  for (const w of words) {
    if (!w.word && w.text !== '.' && w.text !== '&') continue;
    out += (out && prevEnd !== w.start ? ' ' : '') + w.text;
    prevEnd = w.end;
  }
  return out;
}
