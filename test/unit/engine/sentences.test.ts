import { describe, expect, it } from 'vitest';
import { english } from '../../../src/engine/lang/en';
import { quotedSpans, splitParagraphs, splitSentences } from '../../../src/engine/sentences';

const sentences = (text: string): string[] => splitSentences(text, english).map((s) => text.slice(s.start, s.end));

describe('sentence splitting', () => {
  it('keeps abbreviations of titles, months and countries inside a sentence', () => {
    expect(sentences('The U.S. Army said so. Mr. Smith agreed with Gen. Petraeus on Jan. 5. He left.')).toEqual([
      'The U.S. Army said so.',
      'Mr. Smith agreed with Gen. Petraeus on Jan. 5.',
      'He left.',
    ]);
  });

  it('ends a sentence at "U.S." when a sentence opener follows', () => {
    expect(sentences('He lives in the U.S. The president disagreed.')).toEqual(['He lives in the U.S.', 'The president disagreed.']);
  });

  it('keeps initials and decimals', () => {
    expect(sentences('J. K. Rowling wrote it. Growth was 3.5 percent in 2015. Prices rose.')).toEqual([
      'J. K. Rowling wrote it.',
      'Growth was 3.5 percent in 2015.',
      'Prices rose.',
    ]);
  });

  it('splits a quotation that spans sentences and keeps closing quotes with their sentence', () => {
    expect(sentences('“I was there. It was awful,” he said. Then he left.')).toEqual([
      '“I was there.',
      'It was awful,” he said.',
      'Then he left.',
    ]);
    expect(sentences('He said "No." Then he left.')).toEqual(['He said "No."', 'Then he left.']);
  });

  it('ends at "no." as a word but not at "No. 5"', () => {
    expect(sentences('He said no. Then he left. It was No. 5 on the list.')).toEqual(['He said no.', 'Then he left.', 'It was No. 5 on the list.']);
  });

  it('treats ellipses by what follows them', () => {
    expect(sentences('He paused... and went on. She waited… Then she spoke. Really?! Yes.')).toEqual([
      'He paused... and went on.',
      'She waited…',
      'Then she spoke.',
      'Really?!',
      'Yes.',
    ]);
  });

  it('ends sentences at paragraphs and takes a headline without a full stop as its own sentence', () => {
    const text = 'Obama admits US gun laws are his biggest frustration\n\nPresident Barack Obama has admitted it.\nA new line starts here';
    expect(sentences(text)).toEqual([
      'Obama admits US gun laws are his biggest frustration',
      'President Barack Obama has admitted it.',
      'A new line starts here',
    ]);
  });

  it('joins a hard-wrapped line that continues in lower case', () => {
    expect(sentences('A hard-wrapped line\ncontinues here. And ends.')).toEqual(['A hard-wrapped line\ncontinues here.', 'And ends.']);
  });

  it('honours hard breaks from HTML blocks', () => {
    const text = 'Headline here Body text starts. It goes on.';
    const paragraphs = splitParagraphs(text, [13]);
    expect(splitSentences(text, english, paragraphs).map((s) => text.slice(s.start, s.end))).toEqual([
      'Headline here',
      'Body text starts.',
      'It goes on.',
    ]);
  });

  it('covers the text: every sentence is trimmed and in order', () => {
    const text = '  First one.   Second one!\n\n\nThird?  ';
    const spans = splitSentences(text, english);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['First one.', 'Second one!', 'Third?']);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
  });
});

describe('quotation spans', () => {
  const quoted = (text: string): string[] => quotedSpans(text, splitParagraphs(text)).map((q) => text.slice(q.start, q.end));

  it('pairs curly and straight double quotes', () => {
    expect(quoted('He said “it is fine” and "it was".')).toEqual(['“it is fine”', '"it was"']);
  });

  it('runs an unclosed quote to the end of its paragraph (news style)', () => {
    expect(quoted('“We will go on. We always have.\n\n“And we will win,” she said.')).toEqual([
      '“We will go on. We always have.',
      '“And we will win,”',
    ]);
  });

  it('tells single quotes from apostrophes', () => {
    expect(quoted('Obama’s ‘biggest frustration’ isn’t over.')).toEqual(['‘biggest frustration’']);
  });
});
