import { describe, expect, it, vi } from 'vitest';
import { answerAnalyze } from '../../../src/background/analysis';

// The background names a reader's own phrase through _locales: a stand-in that shows key and substitutions.
vi.mock('../../../src/shared/browser', () => ({
  default: { i18n: { getMessage: (key: string, subs?: string[]) => `${key}(${(subs ?? []).join(',')})` } },
}));

describe('answerAnalyze', () => {
  const own = { id: 'custom-word-salad', category: 'hedge' as const, phrase: 'word salad' };

  it('names built-in rules by their name and the reader’s own phrases by the phrase, never by an id', () => {
    const { report, ruleNames } = answerAnalyze('It is word salad, allegedly.', { customPhrases: [own] });
    const rules = report.findings.map((f) => f.rule);
    expect(rules).toContain('custom-word-salad');
    expect(ruleNames['custom-word-salad']).toBe('card_ownPhraseName(word salad)');
    const builtIn = rules.find((r) => r !== 'custom-word-salad')!;
    expect(ruleNames[builtIn]).not.toBe(builtIn);
    expect(ruleNames[builtIn]).toMatch(/^[A-Z“"]/);
  });
});
