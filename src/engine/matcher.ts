/**
 * Compiles the enabled phrase, context and conditional rules into one scanner: one pass
 * over the text's words finds the anchor words (a hash table for ASCII words, the
 * scanning RegExp for the rest), and a lookup by anchor word plus one sticky RegExp per
 * pattern decides which rule matched there (and how far). Compiled scanners are cached
 * per options-set.
 */
import { supportPatterns, type ConditionalRule, type ContextRule, type Pattern, type Rule } from './rule';
import type { CategoryId, CustomPhrase } from './types';
import type { LanguagePack } from './lang/types';
import {
  WORD_AFTER,
  WORD_BEFORE,
  atomSource,
  chooseAnchor,
  compilePattern,
  customPhraseNodes,
  wordRuns,
  needsCase,
  parsePattern,
  trieSource,
  type Anchor,
  type WordRuns,
  type PatternNode,
} from './pattern';
import { ASCII_ALNUM, HASH_SEED, HashKeyed, WORD_COUNT_CLASS, WordTable, countWords, foldCase, hashStep, hashWord, isSpaceCode, isWordCode, smallHash } from './words';

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
  /** Sticky: tried where the words after the match start. */
  rejectNext: RegExp | null;
  markThroughRequired: boolean;
  /** A source's rule: what it requires after it is its verb, never a quoted speaker's (see quotationEndsIn). */
  speaks: boolean;
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
  /** Hashes of the ASCII words a match can have first, second and third; built on first use. */
  runs: () => RunHashes;
}

/** Hashes of the ASCII words a match can have first, second and third (null: any). */
interface RunHashes extends LaterRuns {
  first: ReadonlySet<number> | null;
}

interface LaterRuns {
  seconds: HashKeyed<true> | null;
  thirds: HashKeyed<true> | null;
}

export interface CompiledConditional {
  namedSource: boolean;
  /** A named source joined on by ", and" does not count (see ConditionalRule.satisfiedBy). */
  ownStatement: boolean;
  link: boolean;
  pattern: RegExp | null;
}

export interface RawMatch {
  rule: ActiveRule;
  start: number;
  end: number;
  conditional: CompiledConditional | null;
  /**
   * For a conditional match: the shorter matches it displaced, resolved among themselves.
   * Those of another category stand when the claim turns out supported and is dropped (see
   * analyze.ts).
   */
  displaced?: RawMatch[];
  /** Where the match's own words end when its mark runs on through its required words. */
  wordsEnd?: number;
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
 * Unicode word boundaries exactly. The scanner uses it (sticky) for words with non-ASCII
 * characters only, and gives the same results as one global search with it.
 */
function scanRegExp(words: Iterable<string>, flags: string): RegExp | null {
  const ascii: string[] = [];
  const other: string[] = [];
  for (const word of words) if (word) (ASCII_WORD_START.test(word) ? ascii : other).push(word);
  const parts = [];
  if (ascii.length) parts.push(`\\b(?:${trieSource(ascii, atomSource)})`);
  if (other.length) parts.push(`(?:${trieSource(other, atomSource)})`);
  return parts.length ? new RegExp(`(?:${parts.join('|')})(?![a-z0-9_])`, flags) : null;
}

/** Called at each trigger phrase (reporting verbs for attribution), with its first word. */
export type TriggerHandler = (pos: number, word: string) => void;

interface Anchored {
  c: CompiledPattern;
  wordsBefore: number;
}

/** The patterns anchored on one word, and the most words any of them reaches back. */
interface AnchorList {
  patterns: Anchored[];
  maxBefore: number;
  /** Built on the anchor's first hit. */
  index: AnchorIndex | null;
}

/** What an ASCII key word of the scanner stands for. */
interface KeyEntry {
  word: string;
  /** A key on its own (else only the first word of trigger phrases). */
  key: boolean;
  trigger: boolean;
  anchored: AnchorList | null;
  /** Trigger phrases starting with this word: their further words, longest phrase first. */
  phrases: string[][];
}

/** A match found at an anchor, before overlaps are resolved. */
interface Candidate {
  c: CompiledPattern;
  start: number;
  end: number;
  /** Where its mark ends: past `end` for a context rule marked through its required words. */
  markEnd: number;
}

const ASCII_KEY_RE = /^[a-z0-9]+$/;
const ASCII_PHRASE_RE = /^[a-z0-9]+(?: [a-z0-9]+)+$/;
const KEY_WORD_RE = /^[\p{L}\p{N}\p{M}]+$/u;
/** The scanning RegExp's word characters (its \b and lookahead): ASCII letters, digits and "_". */
const isRegExpWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * Finds the anchor words and trigger phrases in one pass over the text's words. An
 * ASCII word is hashed as it is read and looked up in a table (cost independent of the
 * number of phrases); a word with other characters goes to the scanning RegExp, tried
 * sticky at the places it could match. Both give exactly what one global search with the
 * scanning RegExp gives, skips after a rejected trigger phrase included.
 */
export class Scanner {
  private readonly keys: ReadonlySet<string>;
  private readonly table: WordTable<KeyEntry>;
  private readonly byAnchor = new Map<string, AnchorList>();
  /** First words of trigger phrases. */
  private readonly triggerWords: ReadonlySet<string>;
  /** Keys not starting with an ASCII letter or digit: any non-ASCII code unit may start one. */
  private readonly otherKeys: boolean;
  private sticky: RegExp | null = null;
  /** The words run() has read last: an anchor's patterns start from them without reading them again. */
  private readonly recent: RecentWords;

  /** `triggers`: literal phrases (lower case) reported to run()'s handler. */
  constructor(patterns: Array<{ anchor: Anchor; compiled: CompiledPattern }>, triggers: readonly string[] = []) {
    const keys = new Set<string>();
    for (const { anchor, compiled } of patterns) {
      for (const w of anchor.words) {
        keys.add(w);
        let list = this.byAnchor.get(w);
        if (!list) this.byAnchor.set(w, (list = { patterns: [], maxBefore: 0, index: null }));
        list.patterns.push({ c: compiled, wordsBefore: anchor.wordsBefore });
        list.maxBefore = Math.max(list.maxBefore, anchor.wordsBefore);
      }
    }
    let maxBefore = 0;
    for (const list of this.byAnchor.values()) maxBefore = Math.max(maxBefore, list.maxBefore);
    this.recent = new RecentWords(maxBefore + 1);
    // Multi-word triggers ("according to") are keys as whole phrases, so that "in" alone
    // ("in the words of") does not stop the scanner.
    for (const t of triggers) keys.add(t);
    keys.delete('');
    this.keys = keys;
    this.triggerWords = new Set(triggers.filter((t) => !t.includes(' ')));
    const entries = new Map<string, KeyEntry>();
    const entry = (word: string): KeyEntry => {
      let e = entries.get(word);
      if (!e) entries.set(word, (e = { word, key: false, trigger: this.triggerWords.has(word), anchored: this.byAnchor.get(word) ?? null, phrases: [] }));
      return e;
    };
    let otherKeys = false;
    for (const k of keys) {
      if (ASCII_KEY_RE.test(k)) entry(k).key = true;
      else if (ASCII_PHRASE_RE.test(k)) {
        const [first, ...rest] = k.split(' ');
        entry(first!).phrases.push(rest);
      } else if (KEY_WORD_RE.test(k)) {
        // A word with other letters ("café") only ever matches a non-ASCII word: left to the RegExp.
        if (!ASCII_WORD_START.test(k)) otherKeys = true;
      } else throw new Error(`scanner key "${k}" is neither one word nor ASCII words with single spaces`);
    }
    for (const e of entries.values()) e.phrases.sort((a, b) => b.join(' ').length - a.join(' ').length);
    this.table = new WordTable(entries);
    this.otherKeys = otherKeys;
  }

  /**
   * All rule matches, left to right, never overlapping (at one place the longest wins);
   * trigger words go to `onTrigger` as they are met. `counts.words` gets countWords(text),
   * counted in the same pass.
   */
  run(text: string, bounds: Bounds, onTrigger?: TriggerHandler, counts?: { words: number }): RawMatch[] {
    if (!this.keys.size) {
      if (counts) counts.words = countWords(text);
      return [];
    }
    const found: Candidate[] = [];
    const recent = this.recent;
    recent.clear();
    const n = text.length;
    // countWords, fused: 0 between words, 1 in a run without a letter yet, 2 in a counted run.
    let words = 0;
    let state = 0;
    // Where a global search would go on from: a trigger phrase rejected by its last word skips its words.
    let resume = 0;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      if (c < 128 ? ASCII_ALNUM[c] === 0 : !isWordCode(c)) {
        const k = WORD_COUNT_CLASS[c];
        if (k === 1) state = 0;
        else if (k === 2) {
          if (state !== 2) words++;
          state = 2;
        } else if (state === 0) state = 1;
        i++;
        continue;
      }
      // A run of word characters: hashed while read, as long as it is ASCII.
      const a = i;
      let h = HASH_SEED;
      let ascii = true;
      for (; i < n; i++) {
        c = text.charCodeAt(i);
        if (c < 128) {
          if (ASCII_ALNUM[c] === 0) break;
          h = hashStep(h, c);
        } else if (isWordCode(c)) ascii = false;
        else break;
      }
      const b = i;
      recent.push(a, b, ascii ? smallHash(h) : NOT_ASCII);
      if (ascii) {
        if (state !== 2) words++;
        state = 2;
      } else {
        for (let j = a; j < b; j++) {
          if (WORD_COUNT_CLASS[text.charCodeAt(j)] === 2) {
            if (state !== 2) words++;
            state = 2;
          } else if (state === 0) state = 1;
        }
      }
      if (b <= resume) continue;
      if (a < resume || !ascii) {
        resume = this.runRegExp(text, Math.max(a, resume), b, bounds, onTrigger, found);
        continue;
      }
      const e = this.table.find(text, a, b, h);
      if (!e) continue;
      // "_" is a word character to the scanning RegExp: no key starts after or ends before it.
      if ((a > 0 && text.charCodeAt(a - 1) === 95) || (b < n && text.charCodeAt(b) === 95)) continue;
      const phraseEnd = e.phrases.length ? matchPhrase(text, b, e.phrases) : -1;
      if (phraseEnd >= 0) {
        // A phrase whose last word runs on into a non-ASCII letter is no match, and is skipped.
        if (phraseEnd < n && isWordCode(text.charCodeAt(phraseEnd))) {
          resume = phraseEnd;
          continue;
        }
        if (onTrigger) onTrigger(a, e.word);
      } else if (e.key) {
        if (onTrigger && e.trigger) onTrigger(a, e.word);
      } else continue;
      resume = b;
      if (e.anchored) this.matchAround(text, a, b, e.anchored, bounds, found);
    }
    if (counts) counts.words = words;
    return resolveOverlaps(found);
  }

  /**
   * The region [from, to) of a word with non-ASCII characters (or the rest of a word a
   * skip ended in): the scanning RegExp, sticky, at each place it could start a match.
   * Returns where the search goes on.
   */
  private runRegExp(text: string, from: number, to: number, bounds: Bounds, onTrigger: TriggerHandler | undefined, found: Candidate[]): number {
    const re = (this.sticky ??= scanRegExp(this.keys, 'iy'))!;
    let resume = from;
    for (let q = from; q < to; q++) {
      const c = text.charCodeAt(q);
      if (c < 128 ? q > 0 && isRegExpWordCode(text.charCodeAt(q - 1)) : !this.otherKeys) continue;
      re.lastIndex = q;
      const m = re.exec(text);
      if (!m) continue;
      const start = q;
      const end = start + m[0].length;
      let word = foldCase(m[0]);
      const phrase = SPACE_RE.test(word);
      if (phrase) word = leadingWord(word);
      // After a trigger phrase ("according to") the words inside it are scanned again.
      resume = phrase ? start + word.length : end;
      q = resume - 1;
      // The ASCII prefilter lets "caféclaimed" and "claimedé" through: check exactly.
      if ((start > 0 && isWordCode(text.charCodeAt(start - 1))) || (end < text.length && isWordCode(text.charCodeAt(end)))) continue;
      if (onTrigger && (phrase || this.triggerWords.has(word))) onTrigger(start, word);
      const anchored = this.byAnchor.get(word);
      if (anchored) this.matchAround(text, start, start + word.length, anchored, bounds, found);
    }
    return resume;
  }

  /**
   * Tries each pattern anchored on the word at [q, qEnd) from each word start it allows:
   * the anchor and up to `maxBefore` words before it in its sentence. The anchor is always
   * the word run() read last (a key starts where a run of word characters starts).
   */
  private matchAround(text: string, q: number, qEnd: number, anchored: AnchorList, bounds: Bounds, out: Candidate[]): void {
    const s = bounds(q);
    const recent = this.recent;
    const index = (anchored.index ??= indexByFirstWord(anchored.patterns));
    const reach = Math.min(anchored.maxBefore, recent.count - 1);
    for (let k = 0; k <= reach; k++) {
      let start = q;
      let end: number;
      let hash: number;
      if (k === 0) {
        end = recent.end(0);
        hash = recent.hash(0);
      } else {
        end = recent.end(k);
        if (end <= s.start) break; // no word of the sentence is left
        start = recent.start(k);
        hash = recent.hash(k);
        if (start < s.start) {
          // A word the sentence starts inside (a block edge): only its part in the sentence counts.
          start = s.start;
          hash = readAsciiWord(text, start) < 0 ? NOT_ASCII : wordHash;
        }
      }
      if (hash === NOT_ASCII) {
        // Not an ASCII word: no pre-check, every pattern reaching back this far is tried.
        for (const a of anchored.patterns) if (k <= a.wordsBefore) this.tryAt(text, start, qEnd, a.c, s, out);
        if (start === s.start) break;
        continue;
      }
      const tried = index.byFirst.get(hash);
      if (tried) {
        // Second and third words only for patterns that passed the first: read once per start.
        let second = UNREAD;
        let secondHash = 0;
        let third = UNREAD;
        let thirdHash = 0;
        for (const a of tried) {
          if (k > a.wordsBefore) continue;
          if (a.seconds) {
            if (second === UNREAD) {
              secondHash = k > 0 ? recent.secondHash(k) : nextAsciiWordHash(text, end);
              second = secondHash === NOT_ASCII ? OTHER_WORD : ASCII_WORD;
            }
            if (second === ASCII_WORD && !a.seconds.has(secondHash)) continue;
          }
          if (a.thirds) {
            if (third === UNREAD) {
              thirdHash = this.thirdHash(text, k, end);
              third = thirdHash === NOT_ASCII ? OTHER_WORD : ASCII_WORD;
            }
            if (third === ASCII_WORD && !a.thirds.has(thirdHash)) continue;
          }
          this.tryAt(text, start, qEnd, a.c, s, out);
        }
      }
      for (const a of index.open) if (k <= a.wordsBefore) this.tryAt(text, start, qEnd, a.c, s, out);
      if (start === s.start) break;
    }
  }

  /**
   * The hash of the third word from word k (whose end is `end`), or NOT_ASCII when it, or the
   * second word, is not ASCII or not near: a second word that is not ASCII may hold an
   * apostrophe of a pattern ("donʼt" is one word), so what follows it is not compared.
   */
  private thirdHash(text: string, k: number, end: number): number {
    const recent = this.recent;
    if (k >= 2) return recent.secondHash(k) === NOT_ASCII ? NOT_ASCII : recent.secondHash(k - 1);
    if (k === 1) return recent.secondHash(1) === NOT_ASCII ? NOT_ASCII : nextAsciiWordHash(text, recent.end(0));
    return nextAsciiWordHash(text, end) === NOT_ASCII ? NOT_ASCII : nextAsciiWordHash(text, wordEnd);
  }

  /** The pattern's sticky RegExp at `start`; a match reaching the anchor, inside the sentence and allowed by its context is a candidate. */
  private tryAt(text: string, start: number, qEnd: number, c: CompiledPattern, s: { start: number; end: number }, out: Candidate[]): void {
    const exact = c.exact();
    exact.lastIndex = start;
    // test(), not exec(): a sticky RegExp ends at lastIndex, and no match array is built per try.
    if (!exact.test(text)) return;
    const end = exact.lastIndex;
    if (end < qEnd) return; // matched without reaching its anchor: found from that anchor
    if (end > s.end) return; // a phrase never runs on into the next sentence or paragraph
    const markEnd = c.context ? contextEnd(c.context(), text, start, end, s) : end;
    if (markEnd < 0) return;
    out.push({ c, start, end, markEnd });
  }
}

/** A pattern of an anchor, with the hashes of the ASCII words it can have second and third (null: any). */
interface Tried extends Anchored, LaterRuns {}

/** The patterns of an anchor by the hash of each ASCII first word they can have, and those that can start with any word. */
interface AnchorIndex {
  byFirst: HashKeyed<Tried[]>;
  open: Anchored[];
}

function indexByFirstWord(patterns: readonly Anchored[]): AnchorIndex {
  const byFirst = new Map<number, Tried[]>();
  const open: Anchored[] = [];
  for (const a of patterns) {
    const { first, seconds, thirds } = a.c.runs();
    if (!first) {
      open.push(a);
      continue;
    }
    const tried: Tried = { ...a, seconds, thirds };
    for (const h of first) {
      const list = byFirst.get(h);
      if (list) list.push(tried);
      else byFirst.set(h, [tried]);
    }
  }
  return { byFirst: new HashKeyed(byFirst), open };
}

/** The hash of a word that is not ASCII (hashes are never negative). */
const NOT_ASCII = -1;

/**
 * The last words run() read, in a ring: start, end and hash (or NOT_ASCII) of each;
 * word 0 is the last one read, word k the k-th before it.
 */
class RecentWords {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly hashes: Int32Array;
  private readonly mask: number;
  /** Words read since clear(). */
  count = 0;

  /** Keeps at least `capacity` words. */
  constructor(capacity: number) {
    let size = 1;
    while (size < capacity) size *= 2;
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
  }

  clear(): void {
    this.count = 0;
  }

  push(start: number, end: number, hash: number): void {
    const slot = this.count++ & this.mask;
    this.starts[slot] = start;
    this.ends[slot] = end;
    this.hashes[slot] = hash;
  }

  start(k: number): number {
    return this.starts[(this.count - 1 - k) & this.mask]!;
  }

  end(k: number): number {
    return this.ends[(this.count - 1 - k) & this.mask]!;
  }

  hash(k: number): number {
    return this.hashes[(this.count - 1 - k) & this.mask]!;
  }

  /** The hash of the word after word k (k > 0), or NOT_ASCII when it is not ASCII or not near (as nextAsciiWordHash). */
  secondHash(k: number): number {
    return this.start(k - 1) < this.end(k) + SEPARATOR_REACH ? this.hash(k - 1) : NOT_ASCII;
  }
}

/** A second word not read yet, read and ASCII (its hash known), or not ASCII or not near (no pre-check). */
const UNREAD = 0;
const ASCII_WORD = 1;
const OTHER_WORD = 2;

/** Set by readAsciiWord: the (small) hash of the word it read. */
let wordHash = 0;
/** Set by nextAsciiWordHash: where the ASCII word it read ends. */
let wordEnd = 0;

/** Reads the word (run of letters, digits and marks) at `start`: its end, its hash in wordHash; -1 when it is not ASCII. */
function readAsciiWord(text: string, start: number): number {
  let h = HASH_SEED;
  let i = start;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (ASCII_ALNUM[c] === 0) break;
      h = hashStep(h, c);
    } else if (isWordCode(c)) return -1;
    else break;
  }
  wordHash = smallHash(h);
  return i > start ? i : -1;
}

/** A pattern's separators are short: past this many characters the next word is not looked for. */
const SEPARATOR_REACH = 16;

/** The hash of the word starting within SEPARATOR_REACH after position `i`; NOT_ASCII when there is none or it is not ASCII. */
function nextAsciiWordHash(text: string, i: number): number {
  const max = Math.min(text.length, i + SEPARATOR_REACH);
  for (; i < max; i++) {
    if (!isWordCode(text.charCodeAt(i))) continue;
    wordEnd = readAsciiWord(text, i);
    return wordEnd < 0 ? NOT_ASCII : wordHash;
  }
  return NOT_ASCII;
}

const isAsciiAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * The end of the longest trigger phrase whose further words follow the first word ending
 * at `b` (whitespace between, any case), with no ASCII letter, digit or "_" after it; or -1.
 */
function matchPhrase(text: string, b: number, phrases: readonly string[][]): number {
  const n = text.length;
  outer: for (const rest of phrases) {
    let i = b;
    for (const w of rest) {
      if (i >= n || !isSpaceCode(text.charCodeAt(i))) continue outer;
      while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
      if (i + w.length > n) continue outer;
      for (let k = 0; k < w.length; k++) {
        const c = text.charCodeAt(i + k);
        if (c >= 128 || (c | 32) !== w.charCodeAt(k) || !isAsciiAlnum(c)) continue outer;
      }
      i += w.length;
    }
    if (i < n && isRegExpWordCode(text.charCodeAt(i))) continue;
    return i;
  }
  return -1;
}

/**
 * Leftmost first; at one start the longest (then the rule listed first); no overlaps. A
 * conditional match keeps the candidates it displaced (see RawMatch.displaced). A mark
 * runs on to its markEnd only when no other match lies in the way: the words it is marked
 * through decide nothing ("Critics of the plan have long claimed" keeps "claimed" a loaded
 * verb, and the group's mark its own words), and never past `cap`.
 * The one overlap kept: a loaded verb inside a source's match ("Critics [insisted]", "Some
 * residents [claimed]") stays beside it, as it does beside a named source's attribution: the
 * source's mark says who speaks, the verb's how the article frames what they say.
 */
function resolveOverlaps(found: Candidate[], cap = Infinity): RawMatch[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end || a.c.order - b.c.order);
  const out: RawMatch[] = [];
  const markEnds: number[] = [];
  let lastEnd = -1;
  let displaced: Candidate[] | null = null;
  let owner: RawMatch | null = null;
  /** The last match, if a source's: a loaded verb inside it after `verbsFrom` stays. */
  let source: RawMatch | null = null;
  let verbsFrom = -1;
  const settle = (): void => {
    // The displaced lie inside their owner: their marks never run on past it.
    if (owner && displaced?.length) owner.displaced = resolveOverlaps(displaced, owner.end);
  };
  const push = (f: Candidate): RawMatch => {
    const m: RawMatch = { rule: f.c.rule, start: f.start, end: f.end, conditional: f.c.conditional };
    out.push(m);
    markEnds.push(f.markEnd);
    return m;
  };
  for (const f of found) {
    if (f.start < lastEnd) {
      if (source && f.c.rule.category === FRAMING_CATEGORY && f.start >= verbsFrom && f.end <= source.end) {
        push(f);
        verbsFrom = f.end;
      } else displaced?.push(f);
      continue;
    }
    settle();
    const m = push(f);
    lastEnd = f.end;
    source = SOURCE_CATEGORIES.has(m.rule.category) ? m : null;
    verbsFrom = m.start + 1;
    owner = m.conditional ? m : null;
    displaced = m.conditional ? [] : null;
  }
  settle();
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    // The next match past it: a loaded verb kept inside its own words is not in the way.
    let next = k + 1;
    while (next < out.length && out[next]!.start < m.end) next++;
    if (markEnds[k]! > m.end && markEnds[k]! <= Math.min(out[next]?.start ?? cap, cap)) {
      m.wordsEnd = m.end;
      m.end = markEnds[k]!;
    }
  }
  return out;
}

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

/** Categories whose findings are sources: a context rule of theirs requires their verb. */
const SOURCE_CATEGORIES: ReadonlySet<CategoryId> = new Set(['anonymous-source', 'vague-source', 'named-source']);
/** The category of verbs that frame what a source says (see resolveOverlaps). */
const FRAMING_CATEGORY: CategoryId = 'loaded-verb';
/** The end of a quoted sentence: a comma or stop and a closing quotation mark (not "the U.S.'s", "the U.S.' embassy"). */
const QUOTE_END = /(?<!\.\p{Lu})[,.?!…]["”'’](?!\p{L})/u;
/** A quotation going on after its speaker, a few words on: ("Clearly," he said, "this is ..."). */
const QUOTE_RESUMES = /^[^"“”\n]{0,25}?[,:]\s*["“‘']/;
/** What opens a quotation: a curly opening mark, or a straight one (which, before a closing mark, can only open). */
const QUOTE_OPEN = /[“‘"]|(?:^|\s)'/;

/**
 * Whether the words between a match and what it requires close a quotation the match stands
 * in, the required word then out in the narrative: not a title or scare quote opened after the
 * match ("works on "Jeopardy!" said", "dubbed "the Trussketeers," say"). (A quotation that
 * resumes after its speaker, "Clearly," he said, "this ...", is QUOTE_RESUMES'.)
 */
function quotationEndsIn(between: string): boolean {
  const end = QUOTE_END.exec(between);
  if (!end) return false;
  return !QUOTE_OPEN.test(between.slice(0, end.index)) && !QUOTE_OPEN.test(between.slice(end.index + end[0].length));
}

/**
 * What a mark never runs on over to its required words: punctuation that opens an aside or
 * ends a quotation ("Doctors at the hospital," she said, ...; "Doctors at the hospital, the
 * health minister said, were ..."). The required verb there belongs to another speaker.
 */
const MARK_STOP = /[,;:()[\]"“”«»—–]|['‘’](?![A-Za-z])/;

/** Where the mark of a match at [start, end) ends if its context allows it (`end`, or past it with markThroughRequired), else -1. */
function contextEnd(ctx: CompiledContext, text: string, start: number, end: number, s: { start: number; end: number }): number {
  const before = ctx.requireBefore || ctx.rejectBefore ? text.slice(windowStart(text, start, s.start, ctx.window), start) : '';
  const after = ctx.requireAfter || ctx.rejectAfter ? text.slice(end, windowEnd(text, end, s.end, ctx.window)) : '';
  if (ctx.requireBefore && !ctx.requireBefore.test(before)) return -1;
  let markEnd = end;
  if (ctx.requireAfter) {
    const required = ctx.requireAfter.exec(after);
    if (!required) return -1;
    // A quotation that ends before a source's verb holds the source: the verb is the quoted
    // speaker's ("there is very little a resident can do," he said), unless the quotation goes on.
    const requiredEnd = end + required.index + required[0].length;
    if (ctx.speaks && quotationEndsIn(after.slice(0, required.index)) && !QUOTE_RESUMES.test(text.slice(requiredEnd, Math.min(s.end, requiredEnd + 40)))) return -1;
    if (ctx.markThroughRequired && !MARK_STOP.test(after.slice(0, required.index))) markEnd = requiredEnd;
  }
  if (ctx.rejectBefore?.test(before)) return -1;
  if (ctx.rejectAfter?.test(after)) return -1;
  if (ctx.rejectNext) {
    let next = end;
    while (next < s.end && isSpaceCode(text.charCodeAt(next))) next++;
    ctx.rejectNext.lastIndex = next;
    if (ctx.rejectNext.test(text)) return -1;
  }
  return markEnd;
}

/** One unanchored (or, `sticky`, anchored at lastIndex) whole-word RegExp for a list of patterns (context and conditions). */
export function listRegExp(patterns: readonly Pattern[] | undefined, pack: LanguagePack, sticky = false): RegExp | null {
  if (!patterns?.length) return null;
  const seqs = patterns.map((p) => parsePattern(p, pack));
  const cased = seqs.some((s) => needsCase(s, pack));
  const body = seqs.map((s) => compilePattern(s, pack, cased)).join('|');
  return new RegExp(`${WORD_BEFORE}(?:${body})${WORD_AFTER}`, (cased ? '' : 'i') + (sticky ? 'y' : ''));
}

function compileContext(rule: ContextRule, pack: LanguagePack): CompiledContext {
  return {
    window: rule.window ?? 3,
    requireBefore: listRegExp(rule.requireBefore, pack),
    requireAfter: listRegExp(rule.requireAfter, pack),
    rejectBefore: listRegExp(rule.rejectBefore, pack),
    rejectAfter: listRegExp(rule.rejectAfter, pack),
    rejectNext: listRegExp(rule.rejectNext, pack, true),
    markThroughRequired: rule.markThroughRequired === true,
    speaks: SOURCE_CATEGORIES.has(rule.category),
  };
}

function compileConditional(rule: ConditionalRule, pack: LanguagePack): CompiledConditional {
  const patterns = supportPatterns(rule);
  const ownStatement = rule.satisfiedBy.includes('named-source-in-statement');
  return {
    namedSource: ownStatement || rule.satisfiedBy.includes('named-source'),
    ownStatement,
    link: rule.satisfiedBy.includes('link'),
    pattern: listRegExp(patterns, pack),
  };
}

/** A value computed on first use: most patterns never meet their anchor word on a page. */
function lazy<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
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
  runs: () => RunHashes;
}

/**
 * Per pack, by pattern (custom phrases apart: their last word inflects). Changing an
 * option rebuilds only the scanner's trie; a sticky RegExp is safe to share because
 * every use sets lastIndex first.
 */
const preparedCache = new WeakMap<LanguagePack, Map<string, Prepared>>();

function hashSet(words: ReadonlySet<string> | null): ReadonlySet<number> | null {
  return words && new Set([...words].map((w) => smallHash(hashWord(w))));
}

function hashKeyed(words: ReadonlySet<string> | null): HashKeyed<true> | null {
  return words && new HashKeyed([...words].map((w) => [smallHash(hashWord(w)), true]));
}

function runHashes({ first, second, third }: WordRuns): RunHashes {
  return { first: hashSet(first), seconds: hashKeyed(second), thirds: hashKeyed(third) };
}

function prepared(key: string, pack: LanguagePack, parse: () => PatternNode[]): Prepared {
  let byKey = preparedCache.get(pack);
  if (!byKey) preparedCache.set(pack, (byKey = new Map()));
  let p = byKey.get(key);
  if (!p) {
    const nodes = parse();
    p = {
      anchor: chooseAnchor(nodes, pack),
      exact: exactRegExp(nodes, pack),
      runs: lazy(() => runHashes(wordRuns(nodes, pack))),
    };
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
      const { anchor, exact, runs } = prepared(p, pack, () => parsePattern(p, pack));
      patterns.push({ anchor, compiled: { rule: active, exact, context, conditional, order, runs } });
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
      compiled: { rule: active, exact: pattern.exact, context: null, conditional: null, order: rules.length + i, runs: pattern.runs },
    });
  });
  return new Scanner(patterns, triggers);
}
