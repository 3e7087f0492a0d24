/**
 * Random Unicode through every rule (all switched on): offsets always slice to the
 * finding's text, findings come in order, and hostile inputs finish. Not timed: speed
 * lives in `npm run bench`; a super-linear rule would make this file time out.
 */
import { describe, expect, it } from 'vitest';
import { analyze, countWords, english, RULES } from '../../../src/engine/index';
import { buildScanner } from '../../../src/engine/matcher';
import type { Report } from '../../../src/engine/types';

/** A small deterministic PRNG (mulberry32), so a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'allegedly', 'reportedly', 'so-called', 'no evidence', 'officials said', 'according to', 'Sergey Lavrov said',
  'critics say', 'is expected to', 'clearly', 'Mr.', 'U.S.', '“', '”', '"', '‘', '’', "'", '…', '...', '.', '!', '?',
  ' ', ' ', ' ', '\n', '\n\n', '\u00a0', '-', '—', 'é', 'e\u0301', '😀', '𝐀𝐁', '\ud83d', 'שלום', 'مرحبا', '\u200f', '\u202e',
  'İstanbul', 'ß', 'ﬁ', 'Ǆ', 'ΣΑΣ', 'Ничего', 'якобы', '中文', '\u0000', '\t', 'A', 'b', 'THE', 'said', 'told', 'by',
];

function randomText(random: () => number, length: number): string {
  let out = '';
  while (out.length < length) {
    if (random() < 0.3) out += String.fromCharCode(Math.floor(random() * 0xffff));
    else out += PIECES[Math.floor(random() * PIECES.length)];
  }
  return out;
}

const ALL_ON = { enabledRules: RULES.map((r) => r.id) };

function checkOffsets(report: Report): void {
  const { text } = report;
  let prevStart = -1;
  for (const f of report.findings) {
    expect(f.text).toBe(text.slice(f.start, f.end));
    expect(f.start).toBeGreaterThanOrEqual(prevStart);
    expect(f.end).toBeGreaterThan(f.start);
    prevStart = f.start;
    const s = report.sentences[f.sentence]!;
    expect(s.start <= f.start && f.start < s.end).toBe(true);
  }
  let prevEnd = 0;
  for (const s of report.sentences) {
    expect(s.start).toBeGreaterThanOrEqual(prevEnd);
    expect(s.end).toBeGreaterThan(s.start);
    prevEnd = s.end;
  }
  expect(prevEnd).toBeLessThanOrEqual(text.length);
}

describe('random Unicode through every rule', () => {
  it('keeps offsets exact on 200 random texts', () => {
    const random = rng(20261126);
    for (let i = 0; i < 200; i++) checkOffsets(analyze(randomText(random, 50 + Math.floor(random() * 2000)), ALL_ON));
  }, 60_000);

  it('finishes on 1 MB without a full stop', () => {
    const random = rng(7);
    const words = ['allegedly', 'officials', 'said', 'the', 'Lavrov', 'no', 'evidence', 'שלום', '😀', 'e\u0301', 'according', 'to', 'by'];
    const parts: string[] = [];
    let n = 0;
    while (n < 1_000_000) {
      const w = words[Math.floor(random() * words.length)]!;
      parts.push(w);
      n += w.length + 1;
    }
    const report = analyze(parts.join(' '), ALL_ON);
    expect(report.sentences).toHaveLength(1);
    expect(report.findings.length).toBeGreaterThan(1000);
    checkOffsets(report);
  }, 120_000); // generous: the machine is shared; a quadratic rule would take hours

  it('finishes on 1 MB of one word, of spaces, of capitals and of quotes', () => {
    for (const text of ['a'.repeat(1_000_000), ' '.repeat(1_000_000), 'Aa '.repeat(330_000), '“'.repeat(500_000), 'said '.repeat(200_000)]) {
      checkOffsets(analyze(text, ALL_ON));
    }
  }, 120_000);

  it('counts the words in the scanning pass exactly as countWords does', () => {
    const random = rng(99);
    const scanner = buildScanner({ rules: RULES, customPhrases: [], triggers: ['according to', 'said'] }, english);
    for (let i = 0; i < 200; i++) {
      const text = randomText(random, 20 + Math.floor(random() * 500));
      const counts = { words: -1 };
      scanner.run(text, () => ({ start: 0, end: text.length }), undefined, counts);
      expect(counts.words).toBe(countWords(text));
    }
  });
});
