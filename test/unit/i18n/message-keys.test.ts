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
import { categoryKeyPart } from '../../../src/shared/message-keys';
import { PRIMARY_ORDER } from '../../../src/shared/report-links';
import { SOURCING_GROUPS } from '../../../src/shared/report-profile';
import { MESSAGES } from '../report/messages';

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
  ...CATEGORY_IDS.map((c) => `popup_cat_${categoryKeyPart(c)}`),
  ...CATEGORY_IDS.map((c) => `options_cat_${categoryKeyPart(c)}`),
  ...CATEGORY_IDS.map((c) => `options_catDesc_${categoryKeyPart(c)}`),
  ...SOURCING_STATUSES.map((s) => `popup_status_${s}`),
  ...PRIMARY_ORDER.map((k) => `popup_primary_${k}`),
  ...Object.keys(SOURCING_GROUPS).map((g) => `popup_because_${g}`),
  ...['empty', 'wellSourced', 'unverifiable', 'doubtful', 'unattributed', 'partlySourced', 'mixed'].map((p) => `popup_profile_${p}`),
  ...['good', 'mixed', 'weak', 'none'].map((tone) => `popup_tone_${tone}`),
  ...['person', 'organization', 'document'].map((k) => `popup_source_kind_${k}`),
  ...['browserPage', 'store', 'fileAccess', 'otherScheme'].map((r) => `popup_unsupported_${r}`),
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
