/**
 * Every word of the popup and the badge comes from _locales/en/messages.json: each key the
 * code names literally, and each key it builds from an id, exists there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, SOURCING_STATUSES } from '../../../src/engine/types';
import { PRIMARY_ORDER } from '../../../src/shared/report-links';
import { SOURCING_GROUPS } from '../../../src/shared/report-profile';
import { MESSAGES } from './messages';

const root = resolve(import.meta.dirname, '../../..');
const sources = ['src/popup', 'src/background'].flatMap((dir) =>
  readdirSync(resolve(root, dir))
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => readFileSync(resolve(root, dir, f), 'utf8')),
);

describe('popup messages', () => {
  it('has every key the popup and the background name literally', () => {
    const keys = new Set(sources.flatMap((s) => [...s.matchAll(/['`](popup_[A-Za-z0-9_]+)['`]/g)].map((m) => m[1]!)));
    expect(keys.size).toBeGreaterThan(30);
    expect([...keys].filter((k) => !MESSAGES[k])).toEqual([]);
  });

  it('has every key built from an id', () => {
    const built = [
      ...CATEGORY_IDS.map((c) => `popup_cat_${c.replace('-', '_')}`),
      ...SOURCING_STATUSES.map((s) => `popup_status_${s}`),
      ...PRIMARY_ORDER.map((k) => `popup_primary_${k}`),
      ...Object.keys(SOURCING_GROUPS).map((g) => `popup_because_${g}`),
      ...['empty', 'wellSourced', 'unverifiable', 'doubtful', 'unattributed', 'partlySourced', 'mixed'].map((p) => `popup_profile_${p}`),
      ...['good', 'mixed', 'weak', 'none'].map((tone) => `popup_tone_${tone}`),
      ...['person', 'organization', 'document'].map((k) => `popup_source_kind_${k}`),
      ...['browserPage', 'store', 'fileAccess', 'otherScheme'].map((r) => `popup_unsupported_${r}`),
    ];
    expect(built.filter((k) => !MESSAGES[k])).toEqual([]);
  });

  it('gives each placeholder a substitution', () => {
    for (const [key, entry] of Object.entries(MESSAGES)) {
      if (!key.startsWith('popup_')) continue;
      for (const [, name] of entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)) {
        expect(entry.placeholders?.[name!.toLowerCase()], `${key}: $${name}$`).toBeDefined();
      }
    }
  });
});
