import { beforeEach, describe, expect, it, vi } from 'vitest';
import { local, resetStorage, sync } from './fake-browser';
import {
  DEFAULT_SETTINGS,
  MAX_CUSTOM_PHRASES,
  QUOTA_BYTES,
  QUOTA_BYTES_PER_ITEM,
  SettingsError,
  analyzeOptionsFrom,
  defaultSettings,
  exportSettings,
  importSettings,
  isCategoryHighlighted,
  isHexColor,
  loadSettings,
  onSettingsChanged,
  repairSettings,
  resetSettings,
  saveSettings,
  shouldRunOn,
  toStorageItems,
  type Settings,
} from '../../../src/shared/settings';
import type { CustomPhrase } from '../../../src/engine/types';
import { isRuleEnabled } from '../../../src/shared/rule-switches';
import { RULES, isRuleEnabled as engineRunsRule } from '../../../src/engine';

vi.mock('../../../src/shared/browser', async () => (await import('./fake-browser')).fakeBrowserModule());

beforeEach(() => resetStorage());

const phrase = (i: number, extra: Partial<CustomPhrase> = {}): CustomPhrase => ({
  id: `p${i}`,
  category: 'hedge',
  phrase: `own phrase number ${i}`,
  ...extra,
});

async function caught(promise: Promise<unknown>): Promise<SettingsError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SettingsError) return error;
    throw error;
  }
  throw new Error('expected a SettingsError');
}

describe('schema and repair', () => {
  it('gives the defaults, unrepaired, when nothing is stored', async () => {
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, repaired: [] });
  });

  it('round-trips every field through storage', async () => {
    const custom: Settings = {
      ...defaultSettings(),
      enabled: false,
      categories: { ...DEFAULT_SETTINGS.categories, certainty: false },
      rules: { 'hedge-allegedly': false, 'speculation-may-have': true },
      customPhrases: [phrase(1, { explanation: 'why it matters' }), phrase(2, { category: 'certainty' })],
      runOn: 'listed',
      allowedSites: ['*.example.com'],
      blockedSites: ['news.example.org'],
      blockedPages: ['https://example.net/a'],
      highlightStyle: 'both',
      colors: { ...DEFAULT_SETTINGS.colors, hedge: '#123456' },
      highlightNamedSources: true,
    };
    await saveSettings(custom);
    expect(await loadSettings()).toEqual({ settings: custom, repaired: [] });
  });

  it('repairs each bad field to its default, keeps the valid rest, and names what it repaired', async () => {
    const { settings, repaired } = repairSettings({
      enabled: 'yes',
      runOn: 'sometimes',
      highlightStyle: 'underline',
      categories: { hedge: false, certainty: 'off', bogus: true },
      colors: { hedge: 'red', certainty: '#ABCDEF' },
      rules: { 'ok-rule': false, 'Bad Id!': true, other: 1 },
      customPhrases: [phrase(1), { id: 'x', category: 'nope', phrase: 'a' }, phrase(2, { phrase: '' }), phrase(3, { phrase: 'OWN phrase number 1' }), 'str'],
      allowedSites: ['example.com', 'not a host', 42],
      blockedSites: 'example.com',
      blockedPages: ['https://a.example/x?session=s3cr3t#frag', 'ftp://a.example/', 'https://a.example/x?utm_source=mail'],
      surprise: 1,
    });
    expect(settings.enabled).toBe(true);
    expect(settings.runOn).toBe('articles');
    expect(settings.highlightStyle).toBe('underline');
    expect(settings.categories.hedge).toBe(false);
    expect(settings.categories.certainty).toBe(true);
    expect(settings.colors.hedge).toBe(DEFAULT_SETTINGS.colors.hedge);
    expect(settings.colors.certainty).toBe('#abcdef');
    expect(settings.rules).toEqual({ 'ok-rule': false });
    expect(settings.customPhrases).toEqual([phrase(1)]);
    expect(settings.allowedSites).toEqual(['example.com']);
    expect(settings.blockedSites).toEqual([]);
    expect(settings.blockedPages).toEqual(['https://a.example/x']);
    expect(repaired.sort()).toEqual(
      [
        'enabled',
        'runOn',
        'categories.certainty',
        'categories.bogus',
        'colors.hedge',
        'rules.Bad Id!',
        'rules.other',
        'customPhrases[1]',
        'customPhrases[2]',
        'customPhrases[3]',
        'customPhrases[4]',
        'allowedSites[1]',
        'allowedSites[2]',
        'blockedSites',
        'blockedPages[1]',
        'surprise',
      ].sort(),
    );
  });

  it('repairs a corrupt stored value on read and reports it', async () => {
    resetStorage({ settings: { schemaVersion: 2, enabled: false, colors: { hedge: 5 }, chunks: { customPhrases: 1 } }, 'customPhrases.0': [phrase(1), { junk: true }] });
    const { settings, repaired } = await loadSettings();
    expect(settings.enabled).toBe(false);
    expect(settings.customPhrases).toEqual([phrase(1)]);
    expect(repaired).toEqual(['colors.hedge', 'customPhrases[1]']);
  });

  it('survives a stored value that is not an object at all', async () => {
    resetStorage({ settings: 'garbage' });
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, repaired: ['settings'] });
  });

  it('reports a missing part of a split list and keeps the parts that are there', async () => {
    const items = toStorageItems({ ...defaultSettings(), customPhrases: Array.from({ length: 300 }, (_, i) => phrase(i)) });
    expect(Object.keys(items)).toContain('customPhrases.1');
    resetStorage(items);
    sync.data.delete('customPhrases.0');
    const { settings, repaired } = await loadSettings();
    expect(repaired).toEqual(['customPhrases (part 1)']);
    expect(settings.customPhrases.length).toBeGreaterThan(0);
    expect(settings.customPhrases.length).toBeLessThan(300);
  });

  it('caps own phrases at the maximum', () => {
    const { settings, repaired } = repairSettings({ customPhrases: Array.from({ length: MAX_CUSTOM_PHRASES + 2 }, (_, i) => phrase(i)) });
    expect(settings.customPhrases).toHaveLength(MAX_CUSTOM_PHRASES);
    expect(repaired).toEqual([`customPhrases[${MAX_CUSTOM_PHRASES}]`, `customPhrases[${MAX_CUSTOM_PHRASES + 1}]`]);
  });
});

describe('migration', () => {
  it('reads schema 1 (everything under one key) and rewrites it in the split layout', async () => {
    resetStorage({
      settings: { schemaVersion: 1, enabled: true, categories: { hedge: false }, customPhrases: [phrase(1)], blockedSites: ['example.com'] },
    });
    const { settings, repaired } = await loadSettings();
    expect(repaired).toEqual([]);
    expect(settings.schemaVersion).toBe(2);
    expect(settings.categories.hedge).toBe(false);
    expect(settings.customPhrases).toEqual([phrase(1)]);
    expect(settings.blockedSites).toEqual(['example.com']);

    await saveSettings({});
    expect(sync.data.get('settings')).toMatchObject({ schemaVersion: 2, chunks: { customPhrases: 1, blockedSites: 1 } });
    expect(sync.data.get('customPhrases.0')).toEqual([phrase(1)]);
    expect(await loadSettings()).toEqual({ settings, repaired: [] });
  });
});

describe('saving and quota', () => {
  it('merges a patch: categories, colours and rules per key, null restores a rule default', async () => {
    await saveSettings({ categories: { hedge: false }, rules: { a: false, b: true } });
    const next = await saveSettings({ categories: { certainty: false }, colors: { hedge: '#000000' }, rules: { a: null } });
    expect(next.categories.hedge).toBe(false);
    expect(next.categories.certainty).toBe(false);
    expect(next.colors.hedge).toBe('#000000');
    expect(next.colors.certainty).toBe(DEFAULT_SETTINGS.colors.certainty);
    expect(next.rules).toEqual({ b: true });
    expect((await loadSettings()).settings).toEqual(next);
  });

  it('keeps both of two changes made at the same moment', async () => {
    await Promise.all([saveSettings({ rules: { a: false } }), saveSettings({ rules: { b: false } }), saveSettings({ categories: { hedge: false } })]);
    const { settings } = await loadSettings();
    expect(settings.rules).toEqual({ a: false, b: false });
    expect(settings.categories.hedge).toBe(false);
  });

  it('goes on saving after a refused write', async () => {
    const refused = saveSettings({ runOn: 'never' as never });
    const accepted = saveSettings({ enabled: false });
    expect((await caught(refused)).code).toBe('invalid');
    expect((await accepted).enabled).toBe(false);
  });

  it('refuses an invalid patch and stores nothing', async () => {
    const error = await caught(saveSettings({ runOn: 'never' as never }));
    expect(error.code).toBe('invalid');
    expect(error.details).toEqual(['runOn']);
    expect(sync.writes).toBe(0);
  });

  it('splits 500 long phrases across items, each under the per-item quota', async () => {
    const many = Array.from({ length: MAX_CUSTOM_PHRASES }, (_, i) => phrase(i, { phrase: `phrase ${i} `.padEnd(60, 'x'), explanation: 'e'.repeat(60) }));
    await saveSettings({ customPhrases: many });
    for (const [key, value] of sync.data) expect(key.length + JSON.stringify(value).length).toBeLessThanOrEqual(QUOTA_BYTES_PER_ITEM);
    expect([...sync.data.keys()].filter((k) => k.startsWith('customPhrases.')).length).toBeGreaterThan(1);
    expect((await loadSettings()).settings.customPhrases).toEqual(many);
  });

  it('counts bytes, not characters: phrases in other scripts are split so each part fits', async () => {
    const wide = Array.from({ length: 120 }, (_, i) => phrase(i, { phrase: `сообщают ${i} `.padEnd(100, 'ж') }));
    await saveSettings({ customPhrases: wide });
    const encoder = new TextEncoder();
    for (const [key, value] of sync.data) expect(encoder.encode(key + JSON.stringify(value)).length).toBeLessThanOrEqual(QUOTA_BYTES_PER_ITEM);
    expect((await loadSettings()).settings.customPhrases).toEqual(wide);
  });

  it('refuses a write over the total quota with an explanation, and keeps what was stored', async () => {
    await saveSettings({ customPhrases: [phrase(1)], enabled: false });
    const before = new Map(sync.data);
    const writes = sync.writes;
    const huge = Array.from({ length: MAX_CUSTOM_PHRASES }, (_, i) => phrase(i, { phrase: `p${i} `.padEnd(100, 'y'), explanation: 'z'.repeat(300) }));
    const error = await caught(saveSettings({ customPhrases: huge }));
    expect(error.code).toBe('quota');
    expect(error.message).toMatch(new RegExp(`at most ${QUOTA_BYTES}`));
    expect(sync.writes).toBe(writes);
    expect(sync.data).toEqual(before);
    expect((await loadSettings()).settings.customPhrases).toEqual([phrase(1)]);
  });

  it('counts other data in storage in storage against the total', async () => {
    // Ten items of about 8 KB belong to someone else: 80 KB of the 100 KB are taken.
    for (let i = 0; i < 10; i++) sync.data.set(`other${i}`, 'x'.repeat(8_000));
    const some = Array.from({ length: 100 }, (_, i) => phrase(i, { explanation: 'w'.repeat(200) }));
    expect((await caught(saveSettings({ customPhrases: some }))).code).toBe('quota');
    sync.data.delete('other0');
    sync.data.delete('other1');
    await saveSettings({ customPhrases: some });
    expect((await loadSettings()).settings.customPhrases).toHaveLength(100);
  });

  it('turns a quota error thrown by the browser itself into a quota SettingsError', async () => {
    const spy = vi.spyOn(sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    expect((await caught(saveSettings({ enabled: false }))).code).toBe('quota');
    spy.mockRestore();
    expect((await loadSettings()).settings.enabled).toBe(true);
  });

  it('removes parts that a shorter list no longer uses', async () => {
    const many = Array.from({ length: 400 }, (_, i) => phrase(i));
    await saveSettings({ customPhrases: many });
    const parts = [...sync.data.keys()].filter((k) => k.startsWith('customPhrases.')).length;
    expect(parts).toBeGreaterThan(1);
    await saveSettings({ customPhrases: [phrase(1)] });
    expect([...sync.data.keys()].filter((k) => k.startsWith('customPhrases.'))).toEqual(['customPhrases.0']);
  });

  it('writes only the items that changed', async () => {
    await saveSettings({ customPhrases: [phrase(1)] });
    const setSpy = vi.spyOn(sync, 'set');
    await saveSettings({ enabled: false });
    expect(Object.keys(setSpy.mock.calls[0]![0])).toEqual(['settings']);
    setSpy.mockRestore();
  });

  it('resets everything to the defaults', async () => {
    await saveSettings({ enabled: false, customPhrases: [phrase(1)] });
    await resetSettings();
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, repaired: [] });
    expect([...sync.data.keys()]).toEqual(['settings']);
  });
});

describe('change notifications', () => {
  it('calls back with the new settings after a save, until unsubscribed', async () => {
    const seen: boolean[] = [];
    const off = onSettingsChanged((s) => seen.push(s.categories.hedge));
    await saveSettings({ categories: { hedge: false } });
    await vi.waitFor(() => expect(seen).toEqual([false]));
    off();
    await saveSettings({ categories: { hedge: true } });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual([false]);
  });

  it('ignores changes to keys that are not ours', async () => {
    const cb = vi.fn();
    onSettingsChanged(cb);
    await sync.set({ somethingElse: 1 });
    await new Promise((r) => setTimeout(r, 10));
    expect(cb).not.toHaveBeenCalled();
  });
});

describe('when storage.sync is switched off', () => {
  beforeEach(() => {
    sync.unavailable = true;
  });

  it('keeps the settings in storage.local instead of failing', async () => {
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, repaired: [] });
    const saved = await saveSettings({ categories: { hedge: false }, customPhrases: [phrase(1)] });
    expect((await loadSettings()).settings).toEqual(saved);
    expect(local.data.get('settings')).toMatchObject({ categories: { hedge: false } });
    expect(sync.data.size).toBe(0);
  });

  it('still tells listeners about changes', async () => {
    const seen: boolean[] = [];
    onSettingsChanged((s) => seen.push(s.categories.hedge));
    await saveSettings({ categories: { hedge: false } });
    await vi.waitFor(() => expect(seen).toEqual([false]));
  });

  it('brings the settings kept on the device along once storage.sync is back', async () => {
    const saved = await saveSettings({ categories: { hedge: false }, customPhrases: [phrase(1)] });
    sync.unavailable = false;
    expect((await loadSettings()).settings).toEqual(saved);
    const next = await saveSettings({ categories: { certainty: false } });
    expect(next).toMatchObject({ categories: { hedge: false, certainty: false }, customPhrases: [phrase(1)] });
    expect((await loadSettings()).settings).toEqual(next);
    expect(sync.data.get('settings')).toMatchObject({ categories: { hedge: false, certainty: false } });
    expect(local.data.size).toBe(0);
  });
});

describe('export and import', () => {
  it('refuses a file whose own phrases the engine cannot use, and changes nothing', async () => {
    const saved = await saveSettings({ categories: { hedge: false } });
    const file = JSON.stringify({ format: 'sourcelight-settings', settings: { ...saved, customPhrases: [phrase(1), phrase(2, { phrase: 'a [broken' })] } });
    const check = (p: string) => (p.includes('[') ? 'unclosed bracket' : null);
    const error = await caught(importSettings(file, check));
    expect(error.code).toBe('invalid');
    expect(error.details).toEqual(['“a [broken” (unclosed bracket)']);
    expect((await loadSettings()).settings).toEqual(saved);
  });

  it('exports to JSON and imports it back', async () => {
    const saved = await saveSettings({ customPhrases: [phrase(1)], highlightStyle: 'underline', blockedSites: ['*.example.com'] });
    const file = await exportSettings();
    expect(JSON.parse(file)).toMatchObject({ format: 'sourcelight-settings', settings: saved });
    await resetSettings();
    expect(await importSettings(file)).toEqual(saved);
    expect((await loadSettings()).settings).toEqual(saved);
  });

  it.each([
    ['malformed', '{"format": "sourcelight-settings", '],
    ['foreign', JSON.stringify({ theme: 'dark' })],
    ['foreign', JSON.stringify({ format: 'sourcelight-settings', settings: { schemaVersion: 99 } })],
    ['foreign', '[1, 2, 3]'],
    ['invalid', JSON.stringify({ format: 'sourcelight-settings', settings: { enabled: 'maybe' } })],
    ['tooLarge', JSON.stringify({ format: 'sourcelight-settings', settings: {}, pad: 'x'.repeat(600 * 1024) })],
  ])('rejects a %s file and changes nothing', async (code, text) => {
    await saveSettings({ enabled: false });
    const before = new Map(sync.data);
    const error = await caught(importSettings(text));
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(10);
    expect(sync.data).toEqual(before);
  });

  it('rejects a file whose settings would overflow the sync quota, changing nothing', async () => {
    const huge = Array.from({ length: MAX_CUSTOM_PHRASES }, (_, i) => phrase(i, { phrase: `p${i} `.padEnd(100, 'y'), explanation: 'z'.repeat(300) }));
    const file = JSON.stringify({ format: 'sourcelight-settings', settings: { ...defaultSettings(), customPhrases: huge } });
    expect((await caught(importSettings(file))).code).toBe('quota');
    expect(sync.data.size).toBe(0);
  });
});

describe('what the settings mean', () => {
  const rule = { id: 'hedge-allegedly', category: 'hedge' as const };

  it('decides whether a rule runs: master switch, category, override, rule default', () => {
    const s = defaultSettings();
    expect(isRuleEnabled(s, rule)).toBe(true);
    expect(isRuleEnabled(s, { ...rule, defaultOn: false })).toBe(false);
    expect(isRuleEnabled({ ...s, rules: { 'hedge-allegedly': true } }, { ...rule, defaultOn: false })).toBe(true);
    expect(isRuleEnabled({ ...s, rules: { 'hedge-allegedly': false } }, rule)).toBe(false);
    expect(isRuleEnabled({ ...s, categories: { ...s.categories, hedge: false } }, rule)).toBe(false);
    expect(isRuleEnabled({ ...s, enabled: false }, rule)).toBe(false);
  });

  it('agrees with the engine on which rules run, for every rule in the catalogue', () => {
    const offByDefault = RULES.find((r) => r.defaultOn === false);
    const [first, second] = RULES;
    const s: Settings = {
      ...defaultSettings(),
      categories: { ...DEFAULT_SETTINGS.categories, certainty: false },
      rules: { [first!.id]: false, [second!.id]: true, ...(offByDefault ? { [offByDefault.id]: true } : {}) },
    };
    const options = analyzeOptionsFrom(s);
    for (const rule of RULES) expect(engineRunsRule(rule, options), rule.id).toBe(isRuleEnabled(s, rule));
  });

  it('accepts stored colours only as #rrggbb', () => {
    expect(isHexColor('#aBc123')).toBe(true);
    for (const bad of ['#abc', '#abcdef00', 'abcdef', 'red', '#ggg000', 1]) expect(isHexColor(bad), String(bad)).toBe(false);
  });

  it('highlights named sources only when asked', () => {
    const s = defaultSettings();
    expect(isCategoryHighlighted(s, 'named-source')).toBe(false);
    expect(isCategoryHighlighted({ ...s, highlightNamedSources: true }, 'named-source')).toBe(true);
    expect(isCategoryHighlighted(s, 'hedge')).toBe(true);
    expect(isCategoryHighlighted({ ...s, categories: { ...s.categories, hedge: false } }, 'hedge')).toBe(false);
  });

  it('translates to engine options', () => {
    const s: Settings = {
      ...defaultSettings(),
      rules: { a: false, b: true },
      categories: { ...DEFAULT_SETTINGS.categories, certainty: false },
      customPhrases: [phrase(1), phrase(2, { category: 'certainty' })],
    };
    expect(analyzeOptionsFrom(s)).toEqual({
      disabledRules: ['a'],
      enabledRules: ['b'],
      disabledCategories: ['certainty'],
      customPhrases: [phrase(1)],
    });
  });

  it('decides where it runs', () => {
    const s = defaultSettings();
    const url = 'https://news.example.com/story#top';
    expect(shouldRunOn(s, url)).toBe(true); // 'articles': article detection decides later
    expect(shouldRunOn({ ...s, runOn: 'all' }, url)).toBe(true);
    expect(shouldRunOn({ ...s, runOn: 'listed', allowedSites: ['*.example.com'] }, url)).toBe(true);
    expect(shouldRunOn({ ...s, runOn: 'listed', allowedSites: ['example.com'] }, url)).toBe(false);
    expect(shouldRunOn({ ...s, blockedSites: ['*.example.com'] }, url)).toBe(false);
    expect(shouldRunOn({ ...s, runOn: 'all', blockedPages: ['https://news.example.com/story'] }, url)).toBe(false);
    // A page entry holds no query: the same page reached with another query is off too.
    expect(shouldRunOn({ ...s, runOn: 'all', blockedPages: ['https://news.example.com/story'] }, 'https://news.example.com/story?ref=home')).toBe(false);
    expect(shouldRunOn({ ...s, runOn: 'all', blockedPages: ['https://news.example.com/story'] }, 'https://news.example.com/story/2')).toBe(true);
    expect(shouldRunOn({ ...s, enabled: false }, url)).toBe(false);
    expect(shouldRunOn({ ...s, runOn: 'all' }, 'file:///tmp/a.html')).toBe(false);
  });
});
