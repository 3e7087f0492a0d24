/**
 * A report's summary, from its findings and sentences. Apart from analyze.ts so that code
 * merging reports (the content script's chunks) can use it without bundling the rules.
 */
import type { Finding, Sentence, Summary } from './types';

/** The summary of a report's findings and sentences, over a text of `words` words. */
export function summarize(words: number, findings: readonly Finding[], sentences: readonly Sentence[]): Summary {
  const byCategory: Summary['byCategory'] = {};
  const quotedByCategory: Summary['quotedByCategory'] = {};
  for (const f of findings) {
    byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
    if (f.quoted) quotedByCategory[f.category] = (quotedByCategory[f.category] ?? 0) + 1;
  }
  const bySourcing: Summary['bySourcing'] = {};
  for (const s of sentences) bySourcing[s.sourcing] = (bySourcing[s.sourcing] ?? 0) + 1;
  const findingsPer1000Words = words ? Math.round((findings.length / words) * 10000) / 10 : 0;
  return { words, sentences: sentences.length, byCategory, bySourcing, quotedByCategory, findingsPer1000Words };
}
