import { describe, expect, it } from 'vitest';
import { analyze, isRuleEnabled, ruleById, RULES, validatePhrase } from '../../../src/engine/index';

describe('analyze options', () => {
  const text = 'The deep states allegedly plotted it. Critics say so.';

  it('matches a reader’s own phrase like a built-in one: any case, whole words, last word inflected', () => {
    const report = analyze(text, { customPhrases: [{ id: 'custom-deep-state', category: 'hedge', phrase: 'Deep State' }] });
    const custom = report.findings.filter((f) => f.rule === 'custom-deep-state');
    expect(custom.map((f) => [f.text, f.category])).toEqual([['deep states', 'hedge']]);
    expect(custom[0]!.explanation).toMatch(/you added/);
  });

  it('switches a reader’s own phrase off by its id, like a rule', () => {
    const own = { id: 'custom-deep-state', category: 'hedge' as const, phrase: 'deep state' };
    const off = analyze(text, { customPhrases: [own], disabledRules: ['custom-deep-state'] });
    expect(off.findings.some((f) => f.rule === 'custom-deep-state')).toBe(false);
  });

  it('matches an own phrase with a letter whose lower case is longer ("İ"), in any case, as its only or first word', () => {
    const own = (phrase: string) => ({ id: 'custom-ist', category: 'vague-source' as const, phrase });
    const found = (phrase: string, sentence: string) => analyze(sentence, { customPhrases: [own(phrase)] }).findings.filter((f) => f.rule === 'custom-ist').map((f) => f.text);
    expect(found('İstanbul officials', 'İstanbul officials said so. İSTANBUL OFFICIALS agreed.')).toEqual(['İstanbul officials', 'İSTANBUL OFFICIALS']);
    expect(found('İstanbul', 'They met in İstanbul on Monday.')).toEqual(['İstanbul']);
    // A dotless "i" is another letter: no match.
    expect(found('İstanbul', 'They met in Istanbul on Monday.')).toEqual([]);
  });

  it('names a refused character whole, not half of a surrogate pair', () => {
    expect(validatePhrase('𝐀 test')).toBe('Not a valid phrase: "𝐀" is not part of the phrase language (letters, spaces, \' - . , “ ‘ " ~ [a|b] <macro>).');
  });

  it('skips a stored phrase that is not valid instead of failing', () => {
    const report = analyze(text, { customPhrases: [{ id: 'custom-bad', category: 'hedge', phrase: '[broken' }] });
    expect(report.findings.some((f) => f.rule === 'custom-bad')).toBe(false);
  });

  it('switches rules and categories off and on', () => {
    const allegedly = analyze(text).findings.find((f) => f.text === 'allegedly')!;
    expect(analyze(text, { disabledRules: [allegedly.rule] }).findings.some((f) => f.text === 'allegedly')).toBe(false);
    expect(analyze(text, { disabledCategories: ['hedge'] }).findings.some((f) => f.category === 'hedge')).toBe(false);
    const offByDefault = { ...ruleById(allegedly.rule)!, id: 'test-off', defaultOn: false };
    expect(isRuleEnabled(offByDefault, {})).toBe(false);
    expect(isRuleEnabled(offByDefault, { enabledRules: ['test-off'] })).toBe(true);
    expect(isRuleEnabled(offByDefault, { enabledRules: ['test-off'], disabledCategories: ['hedge'] })).toBe(false);
    expect(ruleById(allegedly.rule)?.category).toBe('hedge');
  });

  it('reports the source and a summary', () => {
    const report = analyze(text, { source: 'x.txt' });
    expect(report.source).toBe('x.txt');
    expect(report.language).toBe('en');
    expect(report.summary.words).toBe(9);
    expect(report.summary.sentences).toBe(2);
    expect(report.summary.findingsPer1000Words).toBeCloseTo((report.findings.length / 9) * 1000, 0);
  });

  it('counts headlines, captions and the like apart from the body', () => {
    const page = 'Talks allegedly stalled\n\nThe deep state allegedly plotted it. Critics say so.\n\nA caption, allegedly.';
    const bodyStart = page.indexOf('The');
    const captionStart = page.indexOf('A caption');
    const report = analyze(page, {
      blocks: [
        { start: 0, end: 23, kind: 'headline' },
        { start: bodyStart, end: captionStart - 2, kind: 'body' },
        { start: captionStart, end: page.length, kind: 'caption' },
      ],
    });
    const { summary } = report;
    const inBody = report.findings.filter((f) => report.sentences[f.sentence]!.block === 'body');
    expect(summary.sentences).toBe(2);
    expect(summary.words).toBe(9);
    expect(Object.values(summary.byCategory).reduce((a, b) => a + b, 0)).toBe(inBody.length);
    expect(summary.outsideBody).toMatchObject({ words: 6, sentences: 2, byBlock: { headline: 1, caption: 1 } });
    expect(summary.outsideBody.byCategory.hedge).toBe(2);
    expect(inBody.length).toBeLessThan(report.findings.length);
  });

  it('lists rules sorted by id, with unique ids', () => {
    const ids = RULES.map((r) => r.id);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
