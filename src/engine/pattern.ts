/**
 * The phrase-pattern language of rule.ts, parsed into a small tree and compiled into
 * regular-expression source that is matched sticky at a candidate position (the scanner
 * in matcher.ts finds candidates by an anchor word of each pattern, see chooseAnchor).
 * Nothing a rule author or reader writes reaches a RegExp unescaped.
 */
import type { LanguagePack } from './lang/types';
import { foldCase } from './words';

type Punct = '.' | ',' | '“' | '‘' | '"';
const PUNCT: ReadonlySet<string> = new Set<Punct>(['.', ',', '“', '‘', '"']);

export type PatternNode =
  | { t: 'word'; text: string; inflect: boolean }
  | { t: 'apos' }
  | { t: 'hyphen' }
  | { t: 'space' }
  /**
   * A full stop, comma or opening quotation mark written in the pattern: "u.s. official",
   * "official[,|] who spoke", "the so-called [“|‘]" (scare quotes).
   */
  | { t: 'punct'; ch: Punct }
  | { t: 'group'; alts: PatternNode[][] }
  | { t: 'macro'; name: string };

export class PatternError extends Error {}

const macroCache = new WeakMap<LanguagePack, Map<string, PatternNode[][]>>();

/** The parsed patterns of a list macro such as <report>, parsed once per pack. */
export function macroAlternatives(name: string, pack: LanguagePack): PatternNode[][] {
  let byName = macroCache.get(pack);
  if (!byName) macroCache.set(pack, (byName = new Map()));
  let alts = byName.get(name);
  if (!alts) {
    const def = pack.macros[name]!;
    alts = def.kind === 'list' ? def.patterns.map((p) => parsePattern(p, pack)) : [];
    byName.set(name, alts);
  }
  return alts;
}

const WORD_CHAR_RE = /[\p{L}\p{N}\p{M}]/u;
const SPACE_CHAR_RE = /\s/u;
// Patterns are parsed by the hundred when a page is first analysed: ASCII without a RegExp.
const WORD_CHAR = {
  test: (c: string): boolean => {
    const k = c.charCodeAt(0);
    return k < 128 ? (k >= 97 && k <= 122) || (k >= 65 && k <= 90) || (k >= 48 && k <= 57) : WORD_CHAR_RE.test(c);
  },
};
const SPACE_CHAR = {
  test: (c: string): boolean => {
    const k = c.charCodeAt(0);
    return k < 128 ? k === 32 || (k >= 9 && k <= 13) : SPACE_CHAR_RE.test(c);
  },
};

/** Parses a pattern; throws PatternError with a reader-friendly message. */
export function parsePattern(pattern: string, pack: LanguagePack): PatternNode[] {
  let i = 0;
  const src = pattern.trim();

  function parseSeq(inGroup: boolean): PatternNode[] {
    const seq: PatternNode[] = [];
    while (i < src.length) {
      const c = src[i]!;
      if (c === '|' || c === ']') {
        if (!inGroup) throw new PatternError(`"${c}" is only allowed inside [ ]`);
        break;
      }
      if (SPACE_CHAR.test(c)) {
        while (i < src.length && SPACE_CHAR.test(src[i]!)) i++;
        if (seq.length && seq[seq.length - 1]!.t !== 'space') seq.push({ t: 'space' });
        continue;
      }
      if (c === "'" || c === '’') {
        seq.push({ t: 'apos' });
        i++;
        continue;
      }
      if (PUNCT.has(c)) {
        if (!seq.length && !inGroup) throw new PatternError(`a phrase cannot start with "${c}"`);
        seq.push({ t: 'punct', ch: c as Punct });
        i++;
        continue;
      }
      if (c === '-') {
        if (seq.length && seq[seq.length - 1]!.t === 'space') seq.pop();
        seq.push({ t: 'hyphen' });
        i++;
        while (i < src.length && SPACE_CHAR.test(src[i]!)) i++;
        continue;
      }
      if (c === '[') {
        i++;
        const alts: PatternNode[][] = [];
        for (;;) {
          alts.push(trimSpaces(parseSeq(true)));
          if (i >= src.length) throw new PatternError('"[" without a closing "]"');
          if (src[i] === ']') break;
          i++; // '|'
        }
        i++;
        if (alts.every((a) => a.length === 0)) throw new PatternError('"[ ]" needs at least one alternative');
        seq.push({ t: 'group', alts });
        continue;
      }
      if (c === '<') {
        const close = src.indexOf('>', i);
        if (close < 0) throw new PatternError('"<" without a closing ">"');
        const name = src.slice(i + 1, close);
        if (!Object.hasOwn(pack.macros, name)) throw new PatternError(`unknown lexicon entry <${name}>`);
        seq.push({ t: 'macro', name });
        i = close + 1;
        continue;
      }
      if (WORD_CHAR.test(c)) {
        let j = i;
        while (j < src.length && WORD_CHAR.test(src[j]!)) j++;
        const text = foldCase(src.slice(i, j));
        i = j;
        let inflect = false;
        if (src[i] === '~') {
          inflect = true;
          i++;
        }
        seq.push({ t: 'word', text, inflect });
        continue;
      }
      if (c === '~') throw new PatternError('"~" must follow a word');
      // The whole character, not half of a surrogate pair ("𝐀" is one character to the reader).
      const shown = String.fromCodePoint(src.codePointAt(i)!);
      throw new PatternError(`"${shown}" is not part of the phrase language (letters, spaces, ' - . , “ ‘ " ~ [a|b] <macro>)`);
    }
    return seq;
  }

  const seq = trimSpaces(parseSeq(false));
  if (i < src.length) throw new PatternError(`unexpected "${src[i]}"`);
  if (!seq.length) throw new PatternError('the phrase is empty');
  return seq;
}

function trimSpaces(seq: PatternNode[]): PatternNode[] {
  let a = 0;
  let b = seq.length;
  while (a < b && seq[a]!.t === 'space') a++;
  while (b > a && seq[b - 1]!.t === 'space') b--;
  return seq.slice(a, b);
}

const APOS = "['’ʼ‘`]";
const HYPHEN = String.raw`(?:\s*[-‐‑‒–—]\s*|\s+)`;
const SPACE = String.raw`\s+`;

const escapeRe = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/** `[aA]` classes so an exact (case-sensitive) regex still matches words in any case. */
function caseless(word: string): string {
  let out = '';
  for (const ch of word) {
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    out += lo !== up && lo.length === 1 && up.length === 1 ? `[${lo}${up}]` : escapeRe(ch);
  }
  return out;
}

interface Ctx {
  pack: LanguagePack;
  /** Without case-sensitive macros the RegExp gets the `i` flag instead of `[aA]` classes. */
  caseClasses: boolean;
  depth: number;
}

function isOptionalGroup(n: PatternNode | undefined): n is { t: 'group'; alts: PatternNode[][] } {
  return !!n && n.t === 'group' && n.alts.some((a) => a.length === 0);
}

function compileAlts(alts: PatternNode[][], ctx: Ctx): string {
  const nonEmpty = alts.filter((a) => a.length);
  // Literal alternatives become a trie: smaller, faster to compile and to run.
  const literals = nonEmpty.length > 1 ? literalsOf(nonEmpty, ctx.pack) : null;
  if (literals) return `(?:${trieSource(literals, (ch) => atomFor(ch, ctx))})`;
  const parts = nonEmpty.map((a) => compileSeq(a, ctx));
  return `(?:${parts.join('|')})`;
}

/** The literal phrases of some alternatives, when each is plain words (at most 400 in all). */
function literalsOf(alts: PatternNode[][], pack: LanguagePack): string[] | null {
  const out: string[] = [];
  for (const alt of alts) {
    const lits = expandRaw(alt, pack, 400);
    if (!lits) return null;
    out.push(...lits.map(tidy));
    if (out.length > 400) return null;
  }
  return out;
}

function atomFor(ch: string, ctx: Ctx): string {
  if (ch === ' ' || ch === '-' || ch === "'") return atomSource(ch);
  return ctx.caseClasses ? caseless(ch) : escapeRe(ch);
}

interface Trie {
  children: Map<string, Trie>;
  end: boolean;
}

/**
 * Regex source matching exactly the given phrases, prefix-factored ("claim(?:s|ed|ing)?"),
 * longer continuations tried first. `atom` gives the source of one character.
 */
export function trieSource(phrases: Iterable<string>, atom: (ch: string) => string): string {
  const root: Trie = { children: new Map(), end: false };
  for (const p of phrases) {
    let node = root;
    for (const ch of p) {
      let next = node.children.get(ch);
      if (!next) node.children.set(ch, (next = { children: new Map(), end: false }));
      node = next;
    }
    node.end = true;
  }
  return emitTrie(root, atom) || '(?:)';
}

function emitTrie(node: Trie, atom: (ch: string) => string): string {
  const alts: string[] = [];
  for (const [ch, child] of node.children) {
    // A chain of single children is one literal run.
    let run = atom(ch);
    let n = child;
    while (!n.end && n.children.size === 1) {
      const [c2, next] = n.children.entries().next().value!;
      run += atom(c2);
      n = next;
    }
    alts.push(run + emitTrie(n, atom));
  }
  if (!alts.length) return '';
  const body = alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
  return node.end ? `(?:${body})?` : body;
}

function compileSeq(seq: PatternNode[], ctx: Ctx): string {
  let out = '';
  // Nothing, or only optional groups with their separators, compiled so far: an optional group
  // here takes the separator after it ("[a|] [late|] goal" is "a late goal", "late goal", "goal").
  let leading = true;
  for (let k = 0; k < seq.length; k++) {
    const n = seq[k]!;
    const next = seq[k + 1];
    // An optional group swallows one separator next to it, so "is [widely|] said" also matches "is said".
    if (isOptionalGroup(n) && leading && (next?.t === 'space' || next?.t === 'hyphen')) {
      const sep = next.t === 'space' ? SPACE : HYPHEN;
      out += `(?:${compileAlts(n.alts, ctx)}${sep})?`;
      k++;
      continue;
    }
    leading = false;
    if ((n.t === 'space' || n.t === 'hyphen') && isOptionalGroup(next)) {
      const sep = n.t === 'space' ? SPACE : HYPHEN;
      out += `(?:${sep}${compileAlts(next.alts, ctx)})?`;
      k++;
      continue;
    }
    out += compileNode(n, ctx);
  }
  return out;
}

function compileWord(word: string, ctx: Ctx): string {
  return ctx.caseClasses ? caseless(word) : escapeRe(word);
}

function compileNode(n: PatternNode, ctx: Ctx): string {
  switch (n.t) {
    case 'space':
      return SPACE;
    case 'hyphen':
      return HYPHEN;
    case 'apos':
      return APOS;
    case 'punct':
      return escapeRe(n.ch);
    case 'word': {
      if (!n.inflect) return compileWord(n.text, ctx);
      return `(?:${trieSource(ctx.pack.inflect(n.text), (ch) => atomFor(ch, ctx))})`;
    }
    case 'group': {
      const body = compileAlts(n.alts, ctx);
      return isOptionalGroup(n) ? `${body}?` : body;
    }
    case 'macro': {
      const def = ctx.pack.macros[n.name]!;
      if (def.kind === 'regex') return `(?:${def.source})`;
      if (ctx.depth > 4) throw new PatternError(`<${n.name}> nests too deep`);
      // Compiled once per pack and form: <report> alone is a trie of ~200 verb forms.
      const byKey = cacheFor(macroSourceCache, ctx.pack);
      const key = `${n.name}/${ctx.caseClasses}/${ctx.depth}`;
      let source = byKey.get(key);
      if (source === undefined) {
        source = compileAlts(macroAlternatives(n.name, ctx.pack), { ...ctx, depth: ctx.depth + 1 });
        byKey.set(key, source);
      }
      return source;
    }
  }
}

/** True when the pattern uses a case-sensitive lexicon entry such as <name>. */
export function needsCase(seq: PatternNode[], pack: LanguagePack, depth = 0): boolean {
  return seq.some((n) => {
    if (n.t === 'group') return n.alts.some((a) => needsCase(a, pack, depth));
    if (n.t !== 'macro') return false;
    const def = pack.macros[n.name]!;
    if (def.kind === 'regex') return def.caseSensitive;
    return depth < 4 && macroAlternatives(n.name, pack).some((alt) => needsCase(alt, pack, depth + 1));
  });
}

/**
 * Regex source of a pattern. `caseClasses` spells literal words as `[aA]` classes so
 * the RegExp can run without the `i` flag (needed by case-sensitive macros like <name>).
 */
export function compilePattern(seq: PatternNode[], pack: LanguagePack, caseClasses = needsCase(seq, pack)): string {
  return compileSeq(seq, { pack, caseClasses, depth: 0 });
}

/**
 * Letters, digits and combining marks, spelled out as BMP ranges: the engine's RegExps
 * run without the `u` flag, which makes V8 compile them about 3x faster (the first
 * analysis on a page pays that). Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic,
 * Indic, CJK, Hangul are in; punctuation and symbol blocks are out.
 */
export const WORD_CLASS = String.raw`0-9A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u1FFF\u2C00-\u2DFF\u3040-\uD7FF\uF900-\uFDFF\uFE70-\uFEFF`;
export const WORD_BEFORE = `(?<![${WORD_CLASS}])`;
export const WORD_AFTER = `(?![${WORD_CLASS}])`;

/**
 * The possible first words of a pattern's matches, lower case (their leading run of
 * letters and digits), or null when a macro like <name> can start with anything.
 */
export function firstWords(seq: PatternNode[], pack: LanguagePack, depth = 0): Set<string> | null {
  const out = new Set<string>();
  for (const n of seq) {
    if (n.t === 'space' || n.t === 'hyphen') continue;
    if (n.t === 'apos' || n.t === 'punct') return null;
    if (n.t === 'word') {
      for (const f of n.inflect ? pack.inflect(n.text) : [n.text]) out.add(f);
      return out;
    }
    if (n.t === 'macro') {
      const def = pack.macros[n.name]!;
      if (def.kind === 'regex' || depth > 4) return null;
      for (const alt of macroAlternatives(n.name, pack)) {
        const sub = firstWords(alt, pack, depth + 1);
        if (!sub) return null;
        for (const w of sub) out.add(w);
      }
      return out;
    }
    // group
    let optional = false;
    for (const alt of n.alts) {
      if (!alt.length) {
        optional = true;
        continue;
      }
      const sub = firstWords(alt, pack, depth);
      if (!sub) return null;
      for (const w of sub) out.add(w);
    }
    if (!optional) return out;
  }
  return out;
}

export const MAX_PHRASE_LENGTH = 100;

/** Why a reader's own phrase cannot be used, or null when it is fine. */
export function validatePhraseWith(phrase: string, pack: LanguagePack): string | null {
  const p = phrase.trim();
  if (!p) return 'Enter a phrase.';
  if (p.length > MAX_PHRASE_LENGTH) return `A phrase can be at most ${MAX_PHRASE_LENGTH} characters long.`;
  const regexish = p.match(/[\\^$.*+?(){}/]/);
  if (regexish)
    return `"${regexish[0]}" is not allowed: phrases are plain words (regular expressions are not supported).`;
  try {
    const seq = parsePattern(p, pack);
    if (!hasWord(seq)) return 'A phrase needs at least one word.';
    const first = seq[0]!;
    if (first.t === 'macro' && pack.macros[first.name]!.kind === 'regex') {
      return `A phrase must start with a word, not <${first.name}>.`;
    }
  } catch (e) {
    if (e instanceof PatternError) return `Not a valid phrase: ${e.message}.`;
    throw e;
  }
  return null;
}

function hasWord(seq: PatternNode[]): boolean {
  return seq.some((n) => n.t === 'word' || n.t === 'macro' || (n.t === 'group' && n.alts.some(hasWord)));
}

/** A reader's phrase: like a built-in phrase rule, with the last word's inflections allowed. */
export function customPhraseNodes(phrase: string, pack: LanguagePack): PatternNode[] {
  const seq = parsePattern(phrase, pack);
  const last = seq[seq.length - 1];
  if (last?.t === 'word' && !last.inflect) seq[seq.length - 1] = { ...last, inflect: true };
  return seq;
}

/**
 * Every literal phrase a pattern stands for ("allege~ [it|]" -> "allege", "alleges it", ...),
 * lower case, with single spaces, "-" for a hyphen and "'" for an apostrophe, or null when
 * it has an open-ended part like <name> or more than `limit` phrases.
 * Used to build the scanner's trie, for duplicate checks and for the benchmark floor.
 */
export function expandPattern(seq: PatternNode[], pack: LanguagePack, limit = 500): string[] | null {
  const raw = expandRaw(seq, pack, limit);
  return raw && [...new Set(raw.map(tidy))];
}

/** An optional group leaves a doubled or dangling space behind. */
function tidy(p: string): string {
  return p.replace(/ {2,}/g, ' ').replace(/ ?- ?/g, '-').trim();
}

function expandRaw(seq: PatternNode[], pack: LanguagePack, limit: number, depth = 0): string[] | null {
  let acc: string[] = [''];
  for (const n of seq) {
    let options: string[] | null;
    switch (n.t) {
      case 'space':
        options = [' '];
        break;
      case 'hyphen':
        options = ['-'];
        break;
      case 'apos':
        options = ["'"];
        break;
      case 'punct':
        options = [n.ch];
        break;
      case 'word':
        options = n.inflect ? pack.inflect(n.text) : [n.text];
        break;
      case 'group': {
        options = [];
        for (const alt of n.alts) {
          const sub = alt.length ? expandRaw(alt, pack, limit, depth) : [''];
          if (!sub) return null;
          options.push(...sub);
        }
        break;
      }
      case 'macro': {
        const def = pack.macros[n.name]!;
        if (def.kind === 'regex' || depth > 4) return null;
        options = [];
        for (const alt of macroAlternatives(n.name, pack)) {
          const sub = expandRaw(alt, pack, limit, depth + 1);
          if (!sub) return null;
          options.push(...sub);
        }
        break;
      }
    }
    if (acc.length * options.length > limit) return null;
    const next: string[] = [];
    for (const a of acc) for (const o of options) next.push(a + o);
    acc = next;
  }
  return acc;
}

/** Regex source of one literal phrase char of expandPattern's output. */
export function atomSource(ch: string): string {
  if (ch === ' ') return SPACE;
  if (ch === '-') return HYPHEN;
  if (ch === "'") return APOS;
  return escapeRe(ch);
}

/** Words a list macro nested too deep to count may span, taken as at most. */
const OPEN_MACRO_WORDS = 24;

/** The most words a sequence can match (counting "don't" as two, as the pattern does). */
function maxWords(seq: PatternNode[], pack: LanguagePack, depth = 0): number {
  let n = 0;
  for (const node of seq) {
    if (node.t === 'word') n++;
    else if (node.t === 'group') n += Math.max(...node.alts.map((a) => maxWords(a, pack, depth)));
    else if (node.t === 'macro') {
      const def = pack.macros[node.name]!;
      n += def.kind === 'regex' ? def.maxWords : depth > 4 ? OPEN_MACRO_WORDS : macroMaxWords(node.name, pack, depth);
    }
  }
  return n;
}

const macroSourceCache = new WeakMap<LanguagePack, Map<string, string>>();
/** Per pack and macro: a list macro like <report> has hundreds of alternatives and is used by many patterns. */
const macroWordsCache = new WeakMap<LanguagePack, Map<string, number>>();
const macroAnchorCache = new WeakMap<LanguagePack, Map<string, AnchorOption | null>>();

function cacheFor<T>(cache: WeakMap<LanguagePack, Map<string, T>>, pack: LanguagePack): Map<string, T> {
  let byKey = cache.get(pack);
  if (!byKey) cache.set(pack, (byKey = new Map()));
  return byKey;
}

function macroMaxWords(name: string, pack: LanguagePack, depth: number): number {
  const byKey = cacheFor(macroWordsCache, pack);
  const key = `${name}/${depth}`;
  let n = byKey.get(key);
  if (n === undefined) {
    n = Math.max(...macroAlternatives(name, pack).map((alt) => maxWords(alt, pack, depth + 1)));
    byKey.set(key, n);
  }
  return n;
}

interface AnchorOption {
  words: Set<string>;
  /** Most words of the sequence before the anchor word. */
  before: number;
  /** Lower is better: frequent function words cost much more than rare words. */
  cost: number;
}

/**
 * Expected frequency, roughly (Zipf: the n-th most frequent word is about 1/n of text):
 * a stopword by its rank, any other word as a rare one.
 */
function wordCost(word: string, pack: LanguagePack): number {
  const rank = pack.stopwordRank.get(word);
  return rank === undefined ? 0.05 : 100 / (rank + 1);
}

/** The cheapest required word position of a sequence (a group offers one word per alternative). */
function bestAnchor(seq: PatternNode[], pack: LanguagePack, depth = 0): AnchorOption | null {
  let best: AnchorOption | null = null;
  let before = 0;
  for (const node of seq) {
    const option = nodeAnchor(node, pack, depth);
    if (option) {
      // At each hit the scanner tries every start up to `before` words back: weigh that in.
      const candidate = { ...option, before: before + option.before, cost: option.cost * (1 + (before + option.before) / 2) };
      if (!best || candidate.cost < best.cost) best = candidate;
    }
    before += maxWords([node], pack);
  }
  return best;
}

function nodeAnchor(node: PatternNode, pack: LanguagePack, depth: number): AnchorOption | null {
  if (node.t === 'word') {
    const words = new Set(node.inflect ? pack.inflect(node.text) : [node.text]);
    let cost = 0;
    for (const w of words) cost += wordCost(w, pack);
    return { words, before: 0, cost };
  }
  if (node.t === 'group') return altsAnchor(node.alts, pack, depth);
  if (node.t === 'macro' && pack.macros[node.name]!.kind === 'list' && depth < 4) {
    const byKey = cacheFor(macroAnchorCache, pack);
    const key = `${node.name}/${depth}`;
    let option = byKey.get(key);
    if (option === undefined) {
      option = altsAnchor(macroAlternatives(node.name, pack), pack, depth);
      byKey.set(key, option);
    }
    return option;
  }
  return null;
}

/** One required word per alternative (their union), or null when an alternative is empty. */
function altsAnchor(alts: PatternNode[][], pack: LanguagePack, depth: number): AnchorOption | null {
  if (alts.some((a) => a.length === 0)) return null; // optional: a match need not contain it
  const words = new Set<string>();
  let before = 0;
  let cost = 0;
  for (const alt of alts) {
    const a = bestAnchor(alt, pack, depth + 1);
    if (!a) return null;
    for (const w of a.words) words.add(w);
    before = Math.max(before, a.before);
    cost += a.cost;
  }
  return { words, before, cost };
}

export interface Anchor {
  /** Lower-case words; every match of the pattern contains one of them, at most `wordsBefore` words from its start. */
  words: string[];
  wordsBefore: number;
}

/**
 * The word the scanner looks for to find a pattern: a required word of the pattern,
 * the rarest-looking one (not a stopword, fewest forms), so that frequent words like
 * "is" or "the" do not make the scanner stop everywhere.
 */
export function chooseAnchor(seq: PatternNode[], pack: LanguagePack): Anchor {
  const best = bestAnchor(seq, pack);
  if (!best) throw new PatternError('a phrase must contain at least one word outside < >');
  return { words: [...best.words], wordsBefore: best.before };
}

/** More first words than this and a pattern is not worth a pre-check. */
const FIRST_RUN_LIMIT = 2000;

const ASCII_WORD = /^[a-z0-9]+$/;

/** What wordRuns finds: the words a match can have in each of its first places (null: not certain). */
export interface WordRuns {
  first: Set<string> | null;
  second: Set<string> | null;
  third: Set<string> | null;
}

/**
 * The whole words a match of the pattern can have first, second and third (each the word
 * after the one before it and its separator), lower case, as its literal phrases spell them
 * (see expandPattern): at a start where the text's word in that place (its run of letters,
 * digits and marks) is ASCII and not one of them, the pattern cannot match. A set is null
 * when a match may have no such word, when one is not ASCII, when it may lie past an open
 * part (a macro like <name>), or, for the first words, when there are too many to be worth
 * a pre-check. Read word by word, not phrase by phrase: patterns that stand for millions of
 * phrases have few words in each place.
 */
export function wordRuns(seq: readonly PatternNode[], pack: LanguagePack): WordRuns {
  const runs = new RunsByPlace();
  for (const r of readWords(seq, pack, new Map([[readingKey(0, ''), { place: 0, word: '' }]]), runs, 0).values()) {
    if (r.word) runs.add(r.place, r.word);
    runs.unknownFrom(r.word ? r.place + 1 : r.place);
  }
  const first = runs.at(0);
  return { first: first && first.size <= FIRST_RUN_LIMIT ? first : null, second: runs.at(1), third: runs.at(2) };
}

/** How many places wordRuns reads: words after these are never compared. */
const PLACES = 3;
/** What parts words in a literal phrase (expandPattern's split). */
const PHRASE_SEPARATORS = " '.,-";

/** Where a phrase is read to: how many of its words are whole, and the letters of the one being read. */
interface Reading {
  place: number;
  word: string;
}

const readingKey = (place: number, word: string): string => `${place}|${word}`;

/** The words wordRuns meets at each place, and the places where a word may be unknown. */
class RunsByPlace {
  private readonly words = Array.from({ length: PLACES }, () => new Set<string>());
  private readonly unknown = Array.from({ length: PLACES }, () => false);

  add(place: number, word: string): void {
    if (place >= PLACES) return;
    if (ASCII_WORD.test(word)) this.words[place]!.add(word);
    else this.unknown[place] = true;
  }

  unknownFrom(place: number): void {
    for (let k = place; k < PLACES; k++) this.unknown[k] = true;
  }

  at(place: number): Set<string> | null {
    return this.unknown[place] ? null : this.words[place]!;
  }
}

/**
 * The readings after a sequence, from each of `from`; words made whole on the way go to
 * `runs`. A reading past the last place compared is dropped, and so is one that meets an
 * open part (its words from there on are unknown).
 */
function readWords(seq: readonly PatternNode[], pack: LanguagePack, from: Map<string, Reading>, runs: RunsByPlace, depth: number): Map<string, Reading> {
  let readings = from;
  for (const n of seq) {
    if (!readings.size) break;
    const next = new Map<string, Reading>();
    const readAlternatives = (alts: readonly PatternNode[][], altDepth: number): void => {
      for (const alt of alts) for (const [key, r] of alt.length ? readWords(alt, pack, readings, runs, altDepth) : readings) next.set(key, r);
    };
    switch (n.t) {
      case 'space':
      case 'hyphen':
      case 'apos':
      case 'punct': {
        const text = n.t === 'space' ? ' ' : n.t === 'hyphen' ? '-' : n.t === 'apos' ? "'" : n.ch;
        for (const r of readings.values()) readText(r, text, runs, next);
        break;
      }
      case 'word':
        for (const w of n.inflect ? pack.inflect(n.text) : [n.text]) for (const r of readings.values()) readText(r, w, runs, next);
        break;
      case 'group':
        readAlternatives(n.alts, depth);
        break;
      case 'macro':
        if (pack.macros[n.name]!.kind === 'regex' || depth > 4) {
          for (const r of readings.values()) runs.unknownFrom(r.place);
        } else readAlternatives(macroAlternatives(n.name, pack), depth + 1);
        break;
    }
    readings = next;
  }
  return readings;
}

/**
 * Reads `text` on from `r` into `out`, as tidy and a split on separators read a phrase:
 * spaces before the first word are trimmed, and a phrase opening with another separator
 * has an empty first word (no word of it is compared).
 */
function readText(r: Reading, text: string, runs: RunsByPlace, out: Map<string, Reading>): void {
  let { place, word } = r;
  for (const ch of text) {
    if (!PHRASE_SEPARATORS.includes(ch)) word += ch;
    else if (word) {
      runs.add(place, word);
      place++;
      word = '';
      if (place >= PLACES) return;
    } else if (place === 0 && ch !== ' ') {
      runs.unknownFrom(0);
      return;
    }
  }
  out.set(readingKey(place, word), { place, word });
}
