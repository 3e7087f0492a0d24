import { describe, expect, it } from 'vitest';
import { english } from '../../../src/engine/lang/en';
import { buildScanner } from '../../../src/engine/matcher';
import { chooseAnchor, expandPattern, parsePattern, PatternError, wordRuns } from '../../../src/engine/pattern';
import type { Rule } from '../../../src/engine/rule';
import { validatePhrase } from '../../../src/engine/index';

function rule(patterns: string[], extra: Partial<Rule> = {}): Rule {
  return {
    id: 'test-rule',
    category: 'hedge',
    name: 'Test',
    explanation: 'Test.',
    check: 'phrase',
    patterns,
    examples: { match: [], noMatch: [] },
    ...extra,
  } as Rule;
}

/** The texts the given rules find in `text`. */
function find(rules: Rule[], text: string): string[] {
  const scanner = buildScanner({ rules, customPhrases: [] }, english);
  return scanner.run(text, () => ({ start: 0, end: text.length })).map((m) => text.slice(m.start, m.end));
}

describe('phrase-pattern language', () => {
  it('matches whole words in any letter case', () => {
    const r = [rule(['allegedly'])];
    expect(find(r, 'He ALLEGEDLY left; she Allegedly stayed.')).toEqual(['ALLEGEDLY', 'Allegedly']);
    expect(find(r, 'unallegedly allegedlyx')).toEqual([]);
  });

  it('inflects a word with ~', () => {
    expect(find([rule(['allege~'])], 'allege, alleges, alleged, alleging, allegedly, allegiance')).toEqual([
      'allege',
      'alleges',
      'alleged',
      'alleging',
      'allegedly',
    ]);
    expect(find([rule(['admit~'])], 'he admitted it, admittedly')).toEqual(['admitted', 'admittedly']);
  });

  it('writes full stops and commas: "U.S. officials", "an official, who spoke"', () => {
    const dotted = [rule(['[u.s.|us] [official|officials] said'])];
    expect(find(dotted, 'U.S. officials said so. US officials said so. U S officials said so. Us officials said so.')).toEqual([
      'U.S. officials said',
      'US officials said',
      'Us officials said',
    ]);
    expect(find(dotted, 'U-S officials said so; U.S officials said so.')).toEqual([]);
    const comma = [rule(['official[,|] who spoke'])];
    expect(find(comma, 'An official, who spoke to us. An official who spoke to us. An official; who spoke.')).toEqual([
      'official, who spoke',
      'official who spoke',
    ]);
    expect(expandPattern(parsePattern('[u.s.|us] official[,|] who', english), english)).toEqual([
      'u.s. official, who',
      'u.s. official who',
      'us official, who',
      'us official who',
    ]);
    expect(() => parsePattern('. said', english)).toThrow(PatternError);
    expect(() => parsePattern(', said', english)).toThrow(PatternError);
  });

  it('writes opening quotation marks: scare quotes in a context rule ("the so-called “review”")', () => {
    const quoted = [rule(['the so-called'], { check: 'context', window: 1, requireAfter: ['[“|‘|"]<word>'] } as Partial<Rule>)];
    expect(find(quoted, 'The so-called “review” was shelved. The so-called "plan" too. The so-called triple lock stays.')).toEqual([
      'The so-called',
      'The so-called',
    ]);
    expect(() => parsePattern('“ said', english)).toThrow(PatternError);
    expect(() => parsePattern('said ”', english)).toThrow(PatternError);
  });

  it('treats straight and curly apostrophes alike', () => {
    const r = [rule(["won't say"])];
    expect(find(r, 'They won’t say. They won\'t say.')).toEqual(['won’t say', "won't say"]);
  });

  it('lets - match a hyphen, a dash or a space', () => {
    const r = [rule(['so-called'])];
    expect(find(r, 'the so-called plan, the so called plan, the so–called plan')).toEqual(['so-called', 'so called', 'so–called']);
  });

  it('matches across line breaks and runs of spaces', () => {
    expect(find([rule(['is believed to'])], 'He is\nbelieved   to be')).toEqual(['is\nbelieved   to']);
  });

  it('handles alternatives, optional ones included', () => {
    const r = [rule(['is [widely|generally|] believed to'])];
    expect(find(r, 'It is believed to work. It is widely believed to fail. It is generally believed to.')).toEqual([
      'is believed to',
      'is widely believed to',
      'is generally believed to',
    ]);
    expect(find([rule(['[very|] clear'])], 'clear and very clear')).toEqual(['clear', 'very clear']);
  });

  it('lets optional groups that open a pattern stand in any combination', () => {
    const r = [rule(['[a|two|] [late|] goal'])];
    expect(find(r, 'a late goal; two goal; late goal; goal')).toEqual(['a late goal', 'two goal', 'late goal', 'goal']);
  });

  it('expands lexicon macros', () => {
    expect(find([rule(['critics <report>'])], 'Critics said so; critics argue; critics banana')).toEqual(['Critics said', 'critics argue']);
  });

  it('prefers the longest match at a place and never overlaps', () => {
    const r = [rule(['no evidence']), rule(['no evidence of wrongdoing'], { id: 'longer' })];
    const scanner = buildScanner({ rules: r, customPhrases: [] }, english);
    const text = 'There is no evidence of wrongdoing here, and no evidence at all.';
    const found = scanner.run(text, () => ({ start: 0, end: text.length }));
    expect(found.map((m) => [m.rule.id, text.slice(m.start, m.end)])).toEqual([
      ['longer', 'no evidence of wrongdoing'],
      ['test-rule', 'no evidence'],
    ]);
  });

  it('finds patterns by a rare anchor word, not by "is" or "the"', () => {
    expect(chooseAnchor(parsePattern('is [widely|] believed to', english), english).words).toContain('believed');
    expect(chooseAnchor(parsePattern('[the|a] [critic|critics] said', english), english).words).toContain('critic');
  });

  it('expands patterns to literal phrases', () => {
    expect(expandPattern(parsePattern("[it is|it's] [very|] clear", english), english)).toEqual([
      'it is very clear',
      'it is clear',
      "it's very clear",
      "it's clear",
    ]);
    expect(expandPattern(parsePattern('<name> said', english), english)).toBeNull();
  });

  it('reads the first three words of a pattern, up to an open part', () => {
    const sorted = (set: Set<string> | null) => set && [...set].sort();
    const runs = (p: string) => {
      const { first, second, third } = wordRuns(parsePattern(p, english), english);
      return [sorted(first), sorted(second), sorted(third)];
    };
    expect(runs("[it is|it's] [very|] clear")).toEqual([['it'], ['is', 's'], ['clear', 'very']]);
    expect(runs('[a|the] [late|] goal')).toEqual([['a', 'the'], ['goal', 'late'], null]);
    expect(runs('sources [said|] <name>')).toEqual([['sources'], null, null]);
    expect(runs('sources said <name>')).toEqual([['sources'], ['said'], null]);
    expect(runs('allege[d|s] by')).toEqual([['alleged', 'alleges'], ['by'], null]);
    expect(runs('critics[, however,|] say')).toEqual([['critics'], ['however', 'say'], null]);
    expect(runs('<name> said')).toEqual([null, null, null]);
  });

  it('rejects what is not part of the language', () => {
    expect(() => parsePattern('a.*b', english)).toThrow(PatternError);
    expect(() => parsePattern('[a|b', english)).toThrow(PatternError);
    expect(() => parsePattern('<nosuchmacro>', english)).toThrow(PatternError);
    expect(() => parsePattern('~x', english)).toThrow(PatternError);
  });
});

describe('context rules', () => {
  const claimed = rule(['claimed'], {
    check: 'context',
    rejectAfter: ['responsibility', 'the [title|trophy|prize|victory]'],
  } as Partial<Rule>);

  it('lets neighbouring words reject a match ("claimed responsibility", "claimed the trophy")', () => {
    expect(find([claimed], 'He claimed the plan worked.')).toEqual(['claimed']);
    expect(find([claimed], 'The group claimed responsibility. She claimed the trophy.')).toEqual([]);
  });

  it('can require a word before the match, within its window', () => {
    const r = rule(['describes as'], { check: 'context', requireBefore: ['what'], window: 3 } as Partial<Rule>);
    expect(find([r], 'in what Moscow describes as a success')).toEqual(['describes as']);
    expect(find([r], 'Moscow describes it as a success; he describes as much')).toEqual([]);
  });

  it('rejects by the words right after the match only, with rejectNext', () => {
    const r = rule(['proved'], { check: 'context', rejectNext: ['reliable'], window: 3 } as Partial<Rule>);
    expect(find([r], 'The engines proved reliable in tests.')).toEqual([]);
    expect(find([r], 'The tests proved  reliable engines matter.')).toEqual([]);
    expect(find([r], 'It proved that reliable engines matter.')).toEqual(['proved']);
  });

  it('looks only inside the sentence', () => {
    const r = rule(['clearly'], { check: 'context', rejectAfter: ['visible'], window: 2 } as Partial<Rule>);
    const text = 'It was clearly. Visible things happen.';
    const scanner = buildScanner({ rules: [r], customPhrases: [] }, english);
    const found = scanner.run(text, (pos) => (pos < 16 ? { start: 0, end: 15 } : { start: 16, end: text.length }));
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual(['clearly']);
  });
});

describe('validatePhrase', () => {
  it('accepts plain phrases and the pattern language', () => {
    expect(validatePhrase('deep state')).toBeNull();
    expect(validatePhrase('so-called [expert|experts]')).toBeNull();
    expect(validatePhrase("won't say")).toBeNull();
  });

  it('explains what is wrong', () => {
    expect(validatePhrase('   ')).toMatch(/enter a phrase/i);
    expect(validatePhrase('a'.repeat(101))).toMatch(/100 characters/);
    expect(validatePhrase('foo.*bar')).toMatch(/not allowed/);
    expect(validatePhrase('(foo|bar)')).toMatch(/not allowed/);
    expect(validatePhrase('[foo|bar')).toMatch(/closing/);
    expect(validatePhrase('<name> said')).toMatch(/start with a word/);
    expect(validatePhrase('foo <bogus>')).toMatch(/unknown/);
    expect(validatePhrase('#hashtag')).toMatch(/not part of the phrase language/);
  });
});
