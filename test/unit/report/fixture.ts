/** A small hand-made PageReport whose numbers the tests can count by eye. */
import type { PageReport } from '../../../src/shared/messages';

const text =
  'Officials allegedly hid the report. ' + // 0: hedged + anonymous source
  'Critics say it was clearly wrong. ' + // 1: vague
  'Foreign Minister Sergey Lavrov said the data is public. ' + // 2: named, linked
  'No evidence has been provided. ' + // 3: gap
  'The talks continue.'; // 4: unattributed

const at = (s: string) => {
  const start = text.indexOf(s);
  return { start, end: start + s.length };
};

export function sampleReport(): PageReport {
  const sentences = [
    'Officials allegedly hid the report.',
    'Critics say it was clearly wrong.',
    'Foreign Minister Sergey Lavrov said the data is public.',
    'No evidence has been provided.',
    'The talks continue.',
  ].map((s) => at(s));
  return {
    source: 'https://news.example.com/a/1',
    language: 'en',
    text,
    findings: [
      { rule: 'allegedly', category: 'hedge', ...at('allegedly'), text: 'allegedly', sentence: 0, explanation: 'x', quoted: false },
      { rule: 'critics-say', category: 'vague-source', ...at('Critics say'), text: 'Critics say', sentence: 1, explanation: 'x', quoted: false },
      { rule: 'clearly', category: 'certainty', ...at('clearly'), text: 'clearly', sentence: 1, explanation: 'x', quoted: true },
      { rule: 'no-evidence', category: 'evidence-gap', ...at('No evidence'), text: 'No evidence', sentence: 3, explanation: 'x', quoted: false },
      { rule: 'named', category: 'named-source', ...at('Sergey Lavrov said'), text: 'Sergey Lavrov said', sentence: 2, explanation: 'x', quoted: false },
      { rule: 'officials', category: 'anonymous-source', ...at('Officials'), text: 'Officials', sentence: 0, explanation: 'x', quoted: false },
    ],
    sentences: [
      { ...sentences[0]!, sourcing: 'anonymous', sources: ['officials'], block: 'body' },
      { ...sentences[1]!, sourcing: 'vague', sources: ['critics'], block: 'body' },
      { ...sentences[2]!, sourcing: 'named', sources: ['Sergey Lavrov'], block: 'body' },
      { ...sentences[3]!, sourcing: 'gap', sources: [], block: 'body' },
      { ...sentences[4]!, sourcing: 'unattributed', sources: [], block: 'body' },
    ],
    sources: [
      { name: 'critics', kind: 'vague', mentions: 1, sentences: [1] },
      { name: 'Sergey Lavrov', kind: 'person', mentions: 1, title: 'Foreign Minister', sentences: [2] },
      { name: 'officials', kind: 'anonymous', mentions: 1, sentences: [0] },
      { name: 'Interior Ministry', kind: 'organization', mentions: 3, sentences: [] },
    ],
    summary: {
      words: 25,
      sentences: 5,
      byCategory: { hedge: 1, 'vague-source': 1, certainty: 1, 'evidence-gap': 1, 'named-source': 1, 'anonymous-source': 1 },
      bySourcing: { anonymous: 1, vague: 1, named: 1, gap: 1, unattributed: 1 },
      quotedByCategory: { certainty: 1 },
      findingsPer1000Words: 240,
      outsideBody: { words: 0, sentences: 0, byBlock: {}, byCategory: {} },
    },
    url: 'https://news.example.com/a/1#top',
    title: 'Talks [continue] *today*',
    analyzedAt: '2026-11-26T18:00:00.000Z',
    links: [
      { ...at('data'), href: 'https://www.state.gov/data.csv' },
      { ...at('Sergey Lavrov'), href: 'https://mid.ru/en/press' },
      { ...at('talks'), href: '/world/talks' },
    ],
  };
}
