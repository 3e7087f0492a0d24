/**
 * Sentence splitting and quotation tracking, written by hand for speed and linearity:
 * native searches (indexOf, one global RegExp) jump from candidate to candidate, and only
 * candidates are looked at closely. No Intl.Segmenter (super-linear on long strings in
 * Node 20), no per-character objects.
 */
import type { LanguagePack } from './lang/types';
import { isSpaceCode } from './words';

export interface Span {
  start: number;
  end: number;
}

const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();
const isLower = (c: string): boolean => c !== c.toUpperCase() && c === c.toLowerCase();
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
/** JavaScript's \s, by code: called for every character after a line break and a full stop. */
const isSpace = (c: string | undefined): boolean => c !== undefined && isSpaceCode(c.charCodeAt(0));

const LETTER_DIGIT_RE = /[\p{L}\p{N}]/u;

/** \p{L} or \p{N}: ASCII by code, the rest by Unicode property. */
function isLetterOrDigitCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_DIGIT_RE.test(String.fromCharCode(c));
}
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '‹', '¿', '¡']);

/**
 * A possible sentence end: terminal punctuation (a run: "?!", "...", "…"), closing quotes
 * or brackets, then whitespace.
 */
const TERMINAL_RUN = /[.!?…‽]+["”’')\]»›]*(?=\s)/g;

/**
 * Paragraphs: separated by a blank line, or by a single line break when the next line
 * does not continue the sentence (a hard-wrapped line goes on with a lower-case word or a
 * comma). Extra hard boundaries (block edges from HTML input) are honoured too.
 */
export function splitParagraphs(text: string, hardBreaks: readonly number[] = []): Span[] {
  const cuts: Array<[number, number]> = []; // [end of one paragraph, start of the next]
  let i = text.indexOf('\n');
  while (i >= 0) {
    let j = i + 1;
    let blank = false;
    while (j < text.length && isSpace(text[j])) {
      if (text[j] === '\n') blank = true;
      j++;
    }
    const next = text[j];
    const continues = !blank && next !== undefined && (isLower(next) || /[,;:)\]]/.test(next));
    if (!continues) cuts.push([i, j]);
    i = text.indexOf('\n', j);
  }
  for (const b of hardBreaks) if (b > 0 && b < text.length) cuts.push([b, b]);
  cuts.sort((a, b) => a[0] - b[0]);

  const out: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (const [end, next] of cuts) {
    if (end < start) continue;
    push(end);
    start = next;
  }
  push(text.length);
  return out;
}

/** The word (letters and inner dots) ending just before `end`, lower case: "u.s" for "U.S.". */
function wordBefore(text: string, end: number, from: number): string {
  let s = end;
  while (s > from && (text.charCodeAt(s - 1) === 46 || isLetterOrDigitCode(text.charCodeAt(s - 1)))) s--;
  return text.slice(s, end).toLowerCase();
}

function wordAfter(text: string, start: number, to: number): string {
  let e = start;
  while (e < to && isLetterOrDigitCode(text.charCodeAt(e))) e++;
  return text.slice(start, e).toLowerCase();
}

/** Is the terminal run at [i, j) (followed by whitespace, then `next` at n) a sentence end? */
function isBoundary(text: string, sentenceStart: number, i: number, n: number, end: number, pack: LanguagePack): boolean {
  // n: the first character after the whitespace; skip opening quotes to the first letter.
  let m = n;
  while (m < end && OPENERS.has(text[m]!)) m++;
  const next = text[m] ?? '';
  if (!(isUpper(next) || isDigit(next) || m > n)) return false; // "... and so on" goes on
  const single = text[i] === '.' && text[i + 1] !== '.';
  if (!single) return true;
  const prev = wordBefore(text, i, sentenceStart);
  if (pack.titleAbbreviations.has(prev)) return false; // "Mr. Smith", "Gen. Petraeus", "Jan. 5"
  if (pack.numberAbbreviations.has(prev)) return !isDigit(next); // "No. 5" but "He said no. Then"
  if (prev.length === 1 && isUpper(text[i - 1]!) && isUpper(next)) return false; // "J. K. Rowling"
  if (pack.otherAbbreviations.has(prev) || /^(?:\p{L}\.)+\p{L}$/u.test(prev)) {
    return pack.sentenceOpeners.has(wordAfter(text, m, end)); // "in the U.S. The ..." but "U.S. Army"
  }
  return true;
}

/**
 * What the last TERMINAL_RUN search found: no terminal run starts in [from, next), so a
 * paragraph inside that gap has none and needs no search (else, in text without sentence
 * ends, every paragraph's search would run on to the end of the text).
 */
interface TerminalGap {
  from: number;
  next: number;
}

function splitParagraph(text: string, para: Span, pack: LanguagePack, out: Span[], gap: TerminalGap): void {
  let start = para.start;
  if (para.start >= gap.from && para.end <= gap.next) {
    if (para.end > start) out.push({ start, end: para.end });
    return;
  }
  TERMINAL_RUN.lastIndex = para.start;
  for (;;) {
    const from = TERMINAL_RUN.lastIndex;
    const m = TERMINAL_RUN.exec(text);
    if (!m || m.index >= para.end) {
      gap.from = from;
      gap.next = m ? m.index : text.length;
      break;
    }
    const i = m.index;
    const j = i + m[0].length;
    if (j >= para.end) break;
    let n = j;
    while (n < para.end && isSpace(text[n])) n++;
    if (isBoundary(text, start, i, n, para.end, pack)) {
      out.push({ start, end: j });
      start = n;
    }
    TERMINAL_RUN.lastIndex = n;
  }
  if (para.end > start) out.push({ start, end: para.end });
}

export function splitSentences(text: string, pack: LanguagePack, paragraphs: readonly Span[] = splitParagraphs(text)): Span[] {
  const out: Span[] = [];
  const gap: TerminalGap = { from: 0, next: -1 };
  for (const p of paragraphs) splitParagraph(text, p, pack, out, gap);
  return out;
}

const QUOTE_CHARS = /["“”«»„‘’]/g;
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Spans inside quotation marks. Curly and straight double quotes pair up; guillemets
 * too; a quote left open runs to the end of its paragraph (news style reopens a quote
 * that continues into the next paragraph). Curly single quotes count only as a pair
 * around words (‘like this’), never as apostrophes.
 */
export function quotedSpans(text: string, paragraphs: readonly Span[]): Span[] {
  const out: Span[] = [];
  // The search that ended the last paragraph ran on to the next quote mark: no quote lies in
  // [searchedFrom, nextQuote), so a paragraph inside that gap is skipped without a search
  // (else every paragraph without quotes would scan on to the next quote, maybe far ahead).
  let searchedFrom = 0;
  let nextQuote = -1;
  for (const p of paragraphs) {
    if (p.start >= searchedFrom && p.end <= nextQuote) continue;
    let open = -1;
    let single = -1;
    QUOTE_CHARS.lastIndex = p.start;
    for (;;) {
      const from = QUOTE_CHARS.lastIndex;
      const m = QUOTE_CHARS.exec(text);
      if (!m || m.index >= p.end) {
        searchedFrom = from;
        nextQuote = m ? m.index : text.length;
        break;
      }
      const i = m.index;
      const c = m[0];
      if (c === '“' || c === '«' || c === '„') {
        if (open < 0) open = i;
      } else if (c === '”' || c === '»') {
        if (open >= 0) {
          out.push({ start: open, end: i + 1 });
          open = -1;
        }
      } else if (c === '"') {
        if (open >= 0) {
          out.push({ start: open, end: i + 1 });
          open = -1;
        } else open = i;
      } else if (c === '‘') {
        if (open < 0 && single < 0 && (i === p.start || !LETTER_OR_DIGIT.test(text[i - 1]!))) single = i;
      } else if (single >= 0 && open < 0) {
        // ’ closes a single quote when no letter follows (an apostrophe has one: "don’t").
        const after = text[i + 1];
        if (after === undefined || !LETTER.test(after)) {
          out.push({ start: single, end: i + 1 });
          single = -1;
        }
      }
    }
    // An unmatched ‘ is more likely a typo than a paragraph-long quote, so only “ runs on.
    if (open >= 0) out.push({ start: open, end: p.end });
  }
  return out.sort((a, b) => a.start - b.start);
}
