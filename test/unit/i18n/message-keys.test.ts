/**
 * Every word of the extension comes from _locales/en/messages.json: each key the code names
 * literally or builds from an id exists there, and each key defined there is used somewhere
 * (the extension's pages, the background, the content script, the shared report code, or
 * the manifest's __MSG_…__ fields).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, SOURCING_STATUSES } from '../../../src/engine/types';
import { categoryKeyPart, categoryName, categoryOne, plural } from '../../../src/shared/message-keys';
import { PRIMARY_ORDER } from '../../../src/shared/report-links';
import { OUTSIDE_BLOCKS, SOURCING_GROUPS } from '../../../src/shared/report-profile';
import { MESSAGES, t } from '../report/messages';

const root = resolve(import.meta.dirname, '../../..');
const CODE_DIRS = ['src/popup', 'src/options', 'src/background', 'src/content', 'src/shared'];

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return codeFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const sourceOf = (dirs: string[]) => dirs.flatMap((dir) => codeFiles(resolve(root, dir)).map((f) => readFileSync(f, 'utf8'))).join('\n');
const literalKeys = (source: string, prefix: string) =>
  new Set([...source.matchAll(new RegExp(`['\`](${prefix}_[A-Za-z0-9_]+)['\`]`, 'g'))].map((m) => m[1]!));

const allCode = sourceOf(CODE_DIRS);
const pageFiles = ['manifest.json', 'src/popup.html', 'src/options.html'].map((f) => readFileSync(resolve(root, f), 'utf8')).join('\n');
const manifestKeys = new Set([...pageFiles.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1]!));

/** Keys the code builds from an id rather than naming them. */
const BUILT_KEYS = [
  ...CATEGORY_IDS.map((c) => `category_${categoryKeyPart(c)}`),
  ...CATEGORY_IDS.map((c) => `category_${categoryKeyPart(c)}_one`),
  ...SOURCING_STATUSES.map((s) => `card_sourcing_${s}`),
  ...OUTSIDE_BLOCKS.flatMap((b) => [`popup_outside_${b}_one`, `popup_outside_${b}_other`, `popup_block_${b}`]),
  ...CATEGORY_IDS.map((c) => `options_catDesc_${categoryKeyPart(c)}`),
  ...SOURCING_STATUSES.map((s) => `popup_status_${s}`),
  ...PRIMARY_ORDER.map((k) => `popup_primary_${k}`),
  ...Object.keys(SOURCING_GROUPS).flatMap((g) => [`popup_because_${g}`, `popup_because_${g}_only`]),
  ...['empty', 'wellSourced', 'unverifiable', 'doubtful', 'unattributed', 'partlySourced', 'mixed'].map((p) => `popup_profile_${p}`),
  ...['good', 'mixed', 'weak', 'none'].map((tone) => `popup_tone_${tone}`),
  ...['person', 'organization', 'document'].map((k) => `popup_source_kind_${k}`),
  ...['browserPage', 'store', 'otherScheme'].map((r) => `popup_unsupported_${r}`),
];

describe('message keys', () => {
  it('has every key the popup and the background name literally', () => {
    const keys = literalKeys(sourceOf(['src/popup', 'src/background']), 'popup');
    expect(keys.size).toBeGreaterThan(30);
    expect([...keys].filter((k) => !MESSAGES[k])).toEqual([]);
  });

  it('has every key the options page names literally', () => {
    const keys = literalKeys(sourceOf(['src/options']), 'options');
    expect(keys.size).toBeGreaterThan(50);
    expect([...keys].filter((k) => !MESSAGES[k])).toEqual([]);
  });

  it('has every key the content script and the manifest name', () => {
    const keys = [...literalKeys(sourceOf(['src/content']), '(?:card|popup)'), ...manifestKeys];
    expect(keys.filter((k) => k.startsWith('card_')).length).toBeGreaterThan(0);
    expect(keys.filter((k) => k.startsWith('command_')).length).toBeGreaterThan(0);
    expect(keys.filter((k) => !MESSAGES[k])).toEqual([]);
  });

  it('has every key built from an id (a category with several hyphens loses them all)', () => {
    expect(BUILT_KEYS.filter((k) => !MESSAGES[k]?.message)).toEqual([]);
    expect(categoryKeyPart('a-b-c' as never)).toBe('a_b_c');
  });

  it('defines no key nobody uses (card_* and command_* included)', () => {
    const used = new Set([...literalKeys(allCode, '[A-Za-z]+'), ...BUILT_KEYS, ...manifestKeys]);
    expect(Object.keys(MESSAGES).filter((key) => !used.has(key))).toEqual([]);
  });

  it('gives each placeholder a substitution', () => {
    for (const [key, entry] of Object.entries(MESSAGES)) {
      for (const [, name] of entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)) {
        expect(entry.placeholders?.[name!.toLowerCase()], `${key}: $${name}$`).toBeDefined();
      }
    }
  });
});

describe('counts in messages', () => {
  it('picks the singular message for exactly one, the plural for every other count', () => {
    expect(plural(t, 1, 'popup_badge_title_one', 'popup_badge_title_other', ['Mixed'])).toBe('Sourcelight: 1 warning. Mixed');
    expect(plural(t, 2, 'popup_badge_title_one', 'popup_badge_title_other', ['Mixed'])).toBe('Sourcelight: 2 warnings. Mixed');
    expect(plural(t, 0, 'popup_badge_title_one', 'popup_badge_title_other', ['Mixed'])).toBe('Sourcelight: 0 warnings. Mixed');
    expect(plural(t, 1, 'options_searchResult_one', 'options_searchResult_other')).toBe('1 rule or phrase matches.');
    expect(plural(t, 3, 'options_searchResult_one', 'options_searchResult_other')).toBe('3 rules and phrases match.');
    expect(plural(t, 1, 'popup_mix_chart_label_one', 'popup_mix_chart_label_other', ['x'])).toBe('Sourcing mix of 1 sentence: x');
  });

  it('gives every singular message its plural, and no message a count before a plural noun it cannot agree with', () => {
    const ones = Object.keys(MESSAGES).filter((k) => k.endsWith('_one') && !k.startsWith('category_'));
    expect(ones.length).toBeGreaterThan(4);
    for (const key of ones) expect(MESSAGES[key.replace(/_one$/, '_other')], key).toBeDefined();
    // "$COUNT$ findings", "$P1$ matching rules": a count before a plural noun needs a _one/_other pair
    // ("$COUNT$ of $TOTAL$ sentences" is a part of a whole: plural unless the whole is 1).
    const bare = Object.entries(MESSAGES).filter(
      ([key, e]) => !key.endsWith('_other') && /(?<!of )\$[A-Z0-9]+\$ (?:matching )?(?:findings|warnings|rules|sentences|mentions|phrases|words)\b/.test(e.message),
    );
    // Counts that are never 1: the phrase limit (MAX_CUSTOM_PHRASES), the rules of a category (several each).
    expect(bare.map(([k]) => k)).toEqual(['options_phraseErrorLimit', 'options_showRules']);
  });
});

describe('category names', () => {
  it('names each category the same way in the popup, the export, the options page and the card', () => {
    expect(CATEGORY_IDS.map((c) => categoryName(t, c))).toEqual([
      'Hedges',
      'Evidence gaps',
      'Vague sources',
      'Anonymous sources',
      'Loaded verbs',
      'Unsupported certainty',
      'Speculation',
      'Named sources',
    ]);
    // One finding (the hover card) is the same noun in the singular.
    expect(CATEGORY_IDS.map((c) => categoryOne(t, c))).toEqual([
      'Hedge',
      'Evidence gap',
      'Vague source',
      'Anonymous source',
      'Loaded verb',
      'Unsupported certainty',
      'Speculation',
      'Named source',
    ]);
    // No other family of category names is left to drift.
    expect(Object.keys(MESSAGES).filter((k) => /^(popup|options)_cat_(?!col_)/.test(k))).toEqual([]);
  });

  it('describes a sentence’s sourcing on the card as a sentence', () => {
    expect(SOURCING_STATUSES.map((s) => t(`card_sourcing_${s}`))).toContain('This sentence carries a link');
    for (const s of SOURCING_STATUSES) expect(t(`card_sourcing_${s}`)).toMatch(/^This sentence [a-z]/);
  });
});
