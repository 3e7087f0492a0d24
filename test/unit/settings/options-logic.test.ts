/** The options page's pure parts: own-phrase checks and the contrast check (message keys: test/unit/i18n). */
import { describe, expect, it, vi } from 'vitest';
import { checkExplanation, checkOwnPhrase, newPhraseId, type PhraseContext } from '../../../src/options/own-phrases';
import { blend, checkContrast, contrastRatio } from '../../../src/options/contrast';
import { validatePhrase } from '../../../src/engine';
import { builtInMatch } from '../../../src/options/engine-access';
import { DEFAULT_COLORS, MAX_CUSTOM_PHRASES } from '../../../src/shared/settings';
import { RULES } from '../../../src/engine';
import type { CustomPhrase } from '../../../src/engine/types';

// The settings module behind the page reaches storage through this one import.
vi.mock('../../../src/shared/browser', async () => (await import('./fake-browser')).fakeBrowserModule());

const own = (phrase: string, id = phrase): CustomPhrase => ({ id, category: 'hedge', phrase });
const ctx = (existing: CustomPhrase[] = [], extra: Partial<PhraseContext> = {}): PhraseContext => ({
  existing,
  validate: validatePhrase,
  builtIn: () => null,
  ...extra,
});

describe('own phrase checks', () => {
  it('accepts a plain phrase', () => {
    expect(checkOwnPhrase('  as some have whispered ', ctx())).toBeNull();
  });

  it.each([
    ['', 'options_phraseErrorEmpty'],
    ['   ', 'options_phraseErrorEmpty'],
    ['x'.repeat(101), 'options_phraseErrorTooLong'],
    ['(a+)+b', 'options_phraseErrorRegex'],
    ['allege.*', 'options_phraseErrorRegex'],
    ['\\bword', 'options_phraseErrorRegex'],
    ['[unclosed group', 'options_phraseErrorInvalid'],
  ])('refuses %j with %s', (input, key) => {
    expect(checkOwnPhrase(input, ctx())?.key).toBe(key);
  });

  it('refuses a duplicate of an own phrase, whatever the case, spacing or apostrophe', () => {
    const problem = checkOwnPhrase('It’s   Rumoured', ctx([own("it's rumoured", 'a')]));
    expect(problem).toEqual({ key: 'options_phraseErrorDuplicateOwn', subs: ["it's rumoured"] });
  });

  it('lets an edited phrase keep its own text', () => {
    expect(checkOwnPhrase('it is rumoured', ctx([own('it is rumoured', 'a')], { editingId: 'a' }))).toBeNull();
  });

  it('refuses a duplicate of a built-in phrase, naming the rule', () => {
    const builtIn = () => ({ ruleName: 'Distancing adverbs', category: 'hedge' as const });
    expect(checkOwnPhrase('allegedly', ctx([], { builtIn }))).toEqual({ key: 'options_phraseErrorDuplicateBuiltIn', subs: ['Distancing adverbs'] });
  });

  it('refuses a new phrase beyond the limit, but allows editing at the limit', () => {
    const full = Array.from({ length: MAX_CUSTOM_PHRASES }, (_, i) => own(`phrase ${i}`, `p${i}`));
    expect(checkOwnPhrase('one more', ctx(full))?.key).toBe('options_phraseErrorLimit');
    expect(checkOwnPhrase('one more', ctx(full, { editingId: 'p3' }))).toBeNull();
  });

  it('limits explanations', () => {
    expect(checkExplanation('fine')).toBeNull();
    expect(checkExplanation('x'.repeat(301))?.key).toBe('options_explanationErrorTooLong');
  });

  it('makes unique ids that the settings schema accepts', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newPhraseId([])));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^custom-[a-z0-9]+$/);
  });
});

describe('built-in duplicates, found by the engine itself', () => {
  // Phrase rules whose first pattern is plain words: typed in as an own phrase, a duplicate.
  const plain = RULES.filter((r) => r.check === 'phrase' && /^[a-z ]+$/i.test(r.patterns[0] ?? ''));

  it('knows a phrase a built-in rule already finds in full', () => {
    expect(plain.length).toBeGreaterThan(0);
    for (const rule of plain) {
      const pattern = (rule as { patterns: string[] }).patterns[0]!;
      expect(builtInMatch(pattern), pattern).toEqual({ ruleName: rule.name, category: rule.category });
      expect(builtInMatch(pattern.toUpperCase()), pattern).not.toBeNull();
    }
  });

  it('does not call a phrase a duplicate when a rule finds only part of it, or nothing', () => {
    expect(builtInMatch('purple elephants dance')).toBeNull();
    const pattern = (plain[0] as { patterns: string[] } | undefined)?.patterns[0] ?? 'allegedly';
    expect(builtInMatch(`${pattern} purple elephants`)).toBeNull();
  });
});

describe('contrast check', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('blends a background colour over the page as the content script paints it', () => {
    expect(blend('#ff0000', '#ffffff', 0.4)).toBe('#ff9999');
    expect(blend('#ff0000', '#000000', 0.4)).toBe('#660000');
  });

  it('judges a background colour by the page text on it, an underline by the page behind it', () => {
    // Pale yellow: fine as a tint under text on both kinds of page, invisible as a line on white.
    expect(checkContrast('#f5e642', 'background', 'light').ok).toBe(true);
    expect(checkContrast('#f5e642', 'background', 'dark').ok).toBe(true);
    expect(checkContrast('#f5e642', 'underline', 'light')).toMatchObject({ ok: false, minimum: 3 });
    expect(checkContrast('#f5e642', 'underline', 'dark').ok).toBe(true);
    // Both styles: the weaker of the two decides.
    expect(checkContrast('#f5e642', 'both', 'light')).toMatchObject({ ok: false, minimum: 3 });
    // Dark navy: the other way round.
    expect(checkContrast('#1a237e', 'underline', 'dark').ok).toBe(false);
    expect(checkContrast('#1a237e', 'underline', 'light').ok).toBe(true);
    // Pure white as a tint: light text on a dark page loses too much.
    expect(checkContrast('#ffffff', 'background', 'dark')).toMatchObject({ ok: false, minimum: 4.5 });
  });

  it('passes the default colours as backgrounds on both kinds of page', () => {
    for (const color of Object.values(DEFAULT_COLORS)) {
      expect(checkContrast(color, 'background', 'light').ok, color).toBe(true);
      expect(checkContrast(color, 'background', 'dark').ok, color).toBe(true);
    }
  });
});
