/**
 * Sentence splitting and quotation tracking, written by hand: one linear pass, no
 * Intl.Segmenter (super-linear on long strings in Node 20) and no per-character objects.
 */
import type { LanguagePack } from './lang/types';

export interface Span {
  start: number;
  end: number;
}

const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();
const isLower = (c: string): boolean => c !== c.toUpperCase() && c === c.toLowerCase();
const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0' || c === '\f' || c === '\v' || c === '\u2028' || c === '\u2029' || c === '\u202f' || c === '\u2009';
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '›']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '‹', '¿', '¡']);
const TERMINALS = new Set(['.', '!', '?', '…', '‽']);

/**
 * Paragraphs: separated by a blank line, or by a single line break when the next line
 * does not continue the sentence (a hard-wrapped line continues with a lower-case word).
 * Extra hard boundaries (block edges from HTML input) are honoured too.
 */
export function splitParagraphs(text: string, hardBreaks: readonly number[] = []): Span[] {
  const out: Span[] = [];
  const breaks = [...hardBreaks].sort((a, b) => a - b);
  let bi = 0;
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text[s]!)) s++;
    while (e > s && isSpace(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    while (bi < breaks.length && breaks[bi]! <= i) {
      if (breaks[bi]! > start) {
        push(breaks[bi]!);
        start = breaks[bi]!;
      }
      bi++;
    }
    if (text[i] !== '\n') continue;
    // Find the next non-space character; a blank line in between is always a break.
    let j = i + 1;
    let blank = false;
    while (j < text.length && isSpace(text[j]!)) {
      if (text[j] === '\n') blank = true;
      j++;
    }
    const next = text[j];
    const continues = !blank && next !== undefined && (isLower(next) || /[,;:)\]]/.test(next));
    if (!continues) {
      push(i);
      start = j;
      i = j - 1;
    }
  }
  while (bi < breaks.length) {
    if (breaks[bi]! > start && breaks[bi]! < text.length) {
      push(breaks[bi]!);
      start = breaks[bi]!;
    }
    bi++;
  }
  push(text.length);
  return out;
}

/** The word (letters and inner dots) ending just before `end`, lower case: "u.s" for "U.S.". */
function wordBefore(text: string, end: number, from: number): string {
  let s = end;
  while (s > from && /[\p{L}\p{N}.]/u.test(text[s - 1]!)) s--;
  return text.slice(s, end).toLowerCase();
}

function wordAfter(text: string, start: number, to: number): string {
  let e = start;
  while (e < to && /[\p{L}\p{N}]/u.test(text[e]!)) e++;
  return text.slice(start, e).toLowerCase();
}

/** Sentences of one paragraph. */
function splitParagraph(text: string, para: Span, pack: LanguagePack, out: Span[]): void {
  let start = para.start;
  const end = para.end;
  let i = para.start;
  while (i < end) {
    const c = text[i]!;
    if (!TERMINALS.has(c)) {
      i++;
      continue;
    }
    // Run of terminal punctuation ("?!", "...", "…"), then closing quotes/brackets.
    let j = i;
    while (j < end && TERMINALS.has(text[j]!)) j++;
    const single = c === '.' && j - i === 1;
    while (j < end && CLOSERS.has(text[j]!)) j++;
    // A boundary needs whitespace after it.
    if (j < end && !isSpace(text[j]!)) {
      i = j;
      continue;
    }
    let k = j;
    while (k < end && isSpace(text[k]!)) k++;
    if (k >= end) break;
    // The next sentence starts with an opener, a capital or a digit.
    let n = k;
    while (n < end && OPENERS.has(text[n]!)) n++;
    const next = text[n] ?? '';
    const startsSentence = isUpper(next) || isDigit(next) || n > k;
    let boundary = startsSentence;
    if (boundary && single) {
      const prev = wordBefore(text, i, start);
      const nextWord = wordAfter(text, n, end);
      if (pack.titleAbbreviations.has(prev)) {
        boundary = false; // "Mr. Smith", "Gen. Petraeus", "Jan. 5"
      } else if (/^\p{Lu}$/u.test(text.slice(i - 1, i)) && prev.length === 1 && isUpper(next)) {
        boundary = false; // an initial: "J. K. Rowling"
      } else if (pack.otherAbbreviations.has(prev) || /^(?:\p{L}\.)+\p{L}$/u.test(prev)) {
        boundary = pack.sentenceOpeners.has(nextWord); // "the U.S. The ..." but "U.S. Army"
      }
    }
    if (boundary) {
      out.push({ start, end: j });
      start = k;
    }
    i = k;
  }
  if (end > start) out.push({ start, end });
}

export function splitSentences(text: string, pack: LanguagePack, hardBreaks: readonly number[] = []): Span[] {
  const out: Span[] = [];
  for (const p of splitParagraphs(text, hardBreaks)) splitParagraph(text, p, pack, out);
  return out;
}

/**
 * Spans inside quotation marks. Curly and straight double quotes pair up; guillemets
 * too; a quote left open runs to the end of its paragraph (news style reopens a quote
 * that continues into the next paragraph). Curly single quotes count only as a pair
 * around words (‘like this’), never as apostrophes.
 */
export function quotedSpans(text: string, paragraphs: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const p of paragraphs) {
    let open = -1;
    let single = -1;
    for (let i = p.start; i < p.end; i++) {
      const c = text[i]!;
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
      } else if (c === '‘' && open < 0) {
        if (single < 0 && (i === p.start || !/[\p{L}\p{N}]/u.test(text[i - 1]!))) single = i;
      } else if (c === '’' && single >= 0 && open < 0) {
        // A closing single quote is followed by a non-letter (an apostrophe is not).
        const after = text[i + 1];
        if (after === undefined || !/[\p{L}]/u.test(after)) {
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
