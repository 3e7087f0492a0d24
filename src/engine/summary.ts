/**
 * A report's summary, from its findings and sentences. Apart from analyze.ts so that code
 * merging reports (the content script's chunks) can use it without bundling the rules.
 */
import type { Finding, OutsideBody, Sentence, Summary } from './types';

/**
 * The summary of a report's findings and sentences: the body's counts, and apart from them
 * those of headlines, bylines, captions and pull quotes. `words`: of the body and outside it.
 */
export function summarize(findings: readonly Finding[], sentences: readonly Sentence[], words: { body: number; outside: number }): Summary {
  const byCategory: Summary['byCategory'] = {};
  const quotedByCategory: Summary['quotedByCategory'] = {};
  const outsideBody: OutsideBody = { words: words.outside, sentences: 0, byBlock: {}, byCategory: {} };
  let bodyFindings = 0;
  for (const f of findings) {
    if (sentences[f.sentence]?.block !== 'body') {
      outsideBody.byCategory[f.category] = (outsideBody.byCategory[f.category] ?? 0) + 1;
      continue;
    }
    bodyFindings++;
    byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
    if (f.quoted) quotedByCategory[f.category] = (quotedByCategory[f.category] ?? 0) + 1;
  }
  const bySourcing: Summary['bySourcing'] = {};
  let bodySentences = 0;
  for (const s of sentences) {
    if (s.block !== 'body') {
      outsideBody.sentences++;
      outsideBody.byBlock[s.block] = (outsideBody.byBlock[s.block] ?? 0) + 1;
      continue;
    }
    bodySentences++;
    bySourcing[s.sourcing] = (bySourcing[s.sourcing] ?? 0) + 1;
  }
  const findingsPer1000Words = words.body ? Math.round((bodyFindings / words.body) * 10000) / 10 : 0;
  return { words: words.body, sentences: bodySentences, byCategory, bySourcing, quotedByCategory, findingsPer1000Words, outsideBody };
}
