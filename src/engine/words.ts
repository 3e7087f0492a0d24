/**
 * Word-level primitives for the scanner: which UTF-16 code units are word characters
 * (letters, digits, marks), a hash of an ASCII word in any case computed while reading
 * it, and an open-addressing table of words looked up by that hash without building a
 * substring. Pure and allocation-free per character.
 */

const WORD_RE = /[\p{L}\p{N}\p{M}]/u;

/**
 * Per code unit: 1 not a word character, 2 a word character, 0 not yet known. ASCII is
 * filled at load; the rest on first sight (a Unicode property test per new code unit).
 */
const WORD_CODE = ((): Uint8Array => {
  const t = new Uint8Array(0x10000);
  t.fill(1, 0, 128).fill(2, 48, 58).fill(2, 65, 91).fill(2, 97, 123);
  return t;
})();

/** A letter, digit or mark (\p{L}\p{N}\p{M}) as one code unit: lone surrogates are not. */
export function isWordCode(c: number): boolean {
  let k = WORD_CODE[c]!;
  if (k === 0) WORD_CODE[c] = k = WORD_RE.test(String.fromCharCode(c)) ? 2 : 1;
  return k === 2;
}

/** JavaScript's \s, by code unit. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** FNV-1a over the lower-cased code units of an ASCII word: start with HASH_SEED, add each with hashStep. */
export const HASH_SEED = 0x811c9dc5 | 0;

/** 1 for an ASCII letter or digit, by code unit below 128. */
export const ASCII_ALNUM = ((): Uint8Array => new Uint8Array(128).fill(1, 48, 58).fill(1, 65, 91).fill(1, 97, 123))();

/** One ASCII letter or digit more: `| 32` lower-cases a letter and leaves a digit as it is. */
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ (c | 32), 0x01000193);
}

/** A hash cut to a small integer, for a Set<number> (V8 keeps those unboxed). */
export function smallHash(h: number): number {
  return h & 0x3fffffff;
}

/** The hash of a lower-case ASCII word, as hashStep computes it from text in any case. */
export function hashWord(word: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  return h;
}

/**
 * Lower-case ASCII words (letters and digits) with a value each, found from text in any
 * case by their hash, then checked character by character.
 */
export class WordTable<T> {
  /**
   * One bit per hash value (low 15 bits): 4 KB that stay in the fastest cache, so most
   * words that are not in the table are turned away without touching the slots.
   */
  private readonly filter = new Int32Array(1024);
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly words: string[] = [];
  private readonly hashes: Int32Array;
  private readonly values: T[] = [];

  constructor(entries: Iterable<[string, T]>) {
    const list = [...entries];
    let size = 16;
    while (size < list.length * 4) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    this.hashes = new Int32Array(list.length);
    for (const [word, value] of list) {
      const h = hashWord(word);
      let slot = h & this.mask;
      while (this.slots[slot] !== -1) slot = (slot + 1) & this.mask;
      this.slots[slot] = this.words.length;
      this.filter[(h >>> 5) & 1023]! |= 1 << (h & 31);
      this.hashes[this.words.length] = h;
      this.words.push(word);
      this.values.push(value);
    }
  }

  get size(): number {
    return this.words.length;
  }

  /** The value of the ASCII word text[a, b) (any case) whose hash is `h`, or undefined. */
  find(text: string, a: number, b: number, h: number): T | undefined {
    if ((this.filter[(h >>> 5) & 1023]! & (1 << (h & 31))) === 0) return undefined;
    const slots = this.slots;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const k = slots[slot]!;
      if (k < 0) return undefined;
      if (this.hashes[k] !== h) continue;
      const w = this.words[k]!;
      if (w.length !== b - a) continue;
      let i = 0;
      while (i < w.length && (text.charCodeAt(a + i) | 32) === w.charCodeAt(i)) i++;
      if (i === w.length) return this.values[k];
    }
  }
}

/**
 * Values keyed by small hashes (smallHash: 0 to 2^30 - 1), by open addressing over an
 * Int32Array: a lookup is a few array reads (a Map<number> lookup per word before an
 * anchor was the scanner's hottest line).
 */
export class HashKeyed<T> {
  private readonly keys: Int32Array;
  private readonly values: T[];
  private readonly mask: number;

  constructor(entries: Iterable<[number, T]>) {
    const list = [...entries];
    let size = 16;
    // A quarter full at most: a miss ends at an empty slot within a read or two.
    while (size < list.length * 4) size *= 2;
    this.keys = new Int32Array(size).fill(-1);
    this.values = new Array<T>(size);
    this.mask = size - 1;
    for (const [h, value] of list) {
      let slot = h & this.mask;
      while (this.keys[slot] !== -1 && this.keys[slot] !== h) slot = (slot + 1) & this.mask;
      this.keys[slot] = h;
      this.values[slot] = value;
    }
  }

  get(h: number): T | undefined {
    const keys = this.keys;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const k = keys[slot]!;
      if (k === h) return this.values[slot];
      if (k === -1) return undefined;
    }
  }

  has(h: number): boolean {
    return this.get(h) !== undefined;
  }
}

/** Character classes for countWords, one byte per UTF-16 code unit: 1 space, 2 letter or digit. */
export const WORD_COUNT_CLASS = ((): Uint8Array => {
  const t = new Uint8Array(0x10000);
  t.fill(2, 48, 58).fill(2, 65, 91).fill(2, 97, 123).fill(2, 0xc0, 0x2000).fill(2, 0x2c00);
  t.fill(1, 0, 33).fill(1, 0x2000, 0x200c);
  for (const c of [0xa0, 0x2028, 0x2029, 0x202f, 0x3000]) t[c] = 1;
  return t;
})();

/**
 * Counts words: runs of non-space characters with a letter or digit in them (a lone dash
 * or ellipsis is not a word). One tight pass with a table lookup per character.
 */
export function countWords(text: string): number {
  const cls = WORD_COUNT_CLASS;
  let n = 0;
  // 0: between runs; 1: in a run without a letter yet; 2: in a counted run.
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const k = cls[text.charCodeAt(i)]!;
    if (k === 1) state = 0;
    else if (k === 2) {
      if (state !== 2) {
        n++;
        state = 2;
      }
    } else if (state === 0) state = 1;
  }
  return n;
}

/**
 * Lower case, one character for one. "İ" (whose lower case is two characters, "i̇") stays as
 * written: a RegExp's `i` flag then still matches it in any case, where "i̇" would match
 * nothing. Used for pattern words and for the words the scanner looks up, alike.
 */
export function foldCase(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = '';
  for (const ch of s) {
    const lo = ch.toLowerCase();
    out += lo.length === ch.length ? lo : ch;
  }
  return out;
}
