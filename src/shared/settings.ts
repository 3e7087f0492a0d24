/**
 * The reader's settings, stored in `storage.sync`. The type follows from the defaults.
 * Reading validates and repairs (see issue "Options"): never trust what storage returns.
 *
 * Stored layout (schema 2): key `settings` holds the small fields plus `chunks`, the number
 * of parts of each list; the lists (own phrases, site lists) are split across keys
 * `customPhrases.0`, `customPhrases.1`, … so no item outgrows QUOTA_BYTES_PER_ITEM.
 * Schema 1 (the scaffold's) kept the whole object under `settings`; it is migrated on read.
 *
 * Storage is reached only through ./browser, so unit tests fake it at that one boundary.
 */
import browser from './browser';
import { CATEGORY_IDS, type AnalyzeOptions, type CategoryId, type CustomPhrase } from '../engine/types';
// From the engine's module, not its index: the content script imports settings and must not bundle the engine.
import { MAX_PHRASE_LENGTH } from '../engine/pattern';
import { matchesSite, normalizeSitePattern, pageKeyFor } from './site-patterns';

export type RunMode = 'articles' | 'all' | 'listed';
export type HighlightStyle = 'background' | 'underline' | 'both';

export const RUN_MODES: readonly RunMode[] = ['articles', 'all', 'listed'];
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['background', 'underline', 'both'];

export const DEFAULT_COLORS: Record<CategoryId, string> = {
  hedge: '#f5c542',
  'evidence-gap': '#f08a5d',
  'vague-source': '#b084f5',
  'anonymous-source': '#e86fa8',
  'loaded-verb': '#5dc8f0',
  certainty: '#f06262',
  speculation: '#7bd88f',
  'named-source': '#9aa5b1',
};

export const SCHEMA_VERSION = 2;

export const DEFAULT_SETTINGS = {
  schemaVersion: SCHEMA_VERSION,
  /** Master switch. */
  enabled: true,
  categories: Object.fromEntries(CATEGORY_IDS.map((c) => [c, true])) as Record<CategoryId, boolean>,
  /** Per-rule overrides of the rule's default; absent means "the rule's default". */
  rules: {} as Record<string, boolean>,
  customPhrases: [] as CustomPhrase[],
  runOn: 'articles' as RunMode,
  /** Host patterns ("example.com", "*.example.com") where it runs when runOn is 'listed'. */
  allowedSites: [] as string[],
  /** Host patterns where it never runs. */
  blockedSites: [] as string[],
  /** Exact page URLs (without hash) where it never runs. */
  blockedPages: [] as string[],
  highlightStyle: 'background' as HighlightStyle,
  colors: DEFAULT_COLORS,
  /** Named sources are the good case: reported always, highlighted only if asked. */
  highlightNamedSources: false,
};

export type Settings = typeof DEFAULT_SETTINGS;

/** A change: fields replace, except `categories` and `colors` (merged) and `rules` (merged; null = back to the rule's default). */
export type SettingsPatch = Partial<Omit<Settings, 'categories' | 'colors' | 'rules'>> & {
  categories?: Partial<Record<CategoryId, boolean>>;
  colors?: Partial<Record<CategoryId, string>>;
  rules?: Record<string, boolean | null>;
};

// ---- limits ---------------------------------------------------------------------------

/** The engine's limit on a phrase pattern; an own phrase is one. */
export { MAX_PHRASE_LENGTH };

/** storage.sync quotas, the same in Chrome and Firefox. */
export const QUOTA_BYTES = 102_400;
export const QUOTA_BYTES_PER_ITEM = 8_192;
export const MAX_CUSTOM_PHRASES = 500;
export const MAX_EXPLANATION_LENGTH = 300;
export const MAX_SITES = 1_000;
export const MAX_PAGE_URL_LENGTH = 2_048;
/** An import file larger than this is refused before it is parsed. */
export const MAX_IMPORT_BYTES = 512 * 1024;

export const EXPORT_FORMAT = 'sourcelight-settings';

// ---- errors ---------------------------------------------------------------------------

export type SettingsErrorCode =
  /** The write would exceed storage.sync's quota (total or per item); nothing was stored. */
  | 'quota'
  /** Import: not JSON. */
  | 'malformed'
  /** Import: JSON, but not a Sourcelight settings export. */
  | 'foreign'
  /** Import: the file is larger than MAX_IMPORT_BYTES. */
  | 'tooLarge'
  /** The value does not pass validation; `details` names the fields. */
  | 'invalid'
  /** The browser refused the write for another reason (e.g. the write rate limit). */
  | 'storage';

export class SettingsError extends Error {
  constructor(
    readonly code: SettingsErrorCode,
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'SettingsError';
  }
}

// ---- validation and repair ------------------------------------------------------------

const HEX_COLOR = /^#[0-9a-f]{6}$/i;
/** A colour as settings store it: "#rrggbb" (any case). The one check for stored colours. */
export const isHexColor = (value: unknown): value is string => typeof value === 'string' && HEX_COLOR.test(value);
const RULE_ID = /^[a-z0-9][a-z0-9:._-]{0,99}$/;
const CUSTOM_ID = /^[A-Za-z0-9_-]{1,40}$/;
const LIST_FIELDS = ['customPhrases', 'allowedSites', 'blockedSites', 'blockedPages'] as const;
type ListField = (typeof LIST_FIELDS)[number];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isCategory = (v: unknown): v is CategoryId => typeof v === 'string' && (CATEGORY_IDS as readonly string[]).includes(v);

/** Fresh defaults: the shared object must never be mutated through a result. */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS);
}

/** The comparison key for duplicate phrases: case, spacing and apostrophe style do not count. */
export function phraseKey(phrase: string): string {
  return phrase.trim().replace(/\s+/g, ' ').replace(/[\u2018\u2019\u02bc]/g, "'").toLowerCase();
}

function validCustomPhrase(v: unknown): CustomPhrase | null {
  if (!isRecord(v)) return null;
  const { id, category, phrase, explanation } = v;
  if (typeof id !== 'string' || !CUSTOM_ID.test(id) || !isCategory(category)) return null;
  if (typeof phrase !== 'string' || phrase.trim() === '' || phrase.length > MAX_PHRASE_LENGTH) return null;
  if (explanation !== undefined && (typeof explanation !== 'string' || explanation.length > MAX_EXPLANATION_LENGTH)) return null;
  const result: CustomPhrase = { id, category, phrase: phrase.trim() };
  if (explanation !== undefined && explanation.trim() !== '') result.explanation = explanation.trim();
  return result;
}

/**
 * Validates a settings object field by field. What is wrong is replaced by its default
 * (or, inside lists and maps, dropped) and named in `repaired`; everything valid is kept.
 */
export function repairSettings(input: unknown): { settings: Settings; repaired: string[] } {
  const settings = defaultSettings();
  const repaired: string[] = [];
  if (!isRecord(input)) return { settings, repaired: input === undefined ? [] : ['settings'] };

  const bool = (key: 'enabled' | 'highlightNamedSources') => {
    if (!(key in input)) return;
    if (typeof input[key] === 'boolean') settings[key] = input[key];
    else repaired.push(key);
  };
  bool('enabled');
  bool('highlightNamedSources');

  if ('runOn' in input) {
    if (RUN_MODES.includes(input.runOn as RunMode)) settings.runOn = input.runOn as RunMode;
    else repaired.push('runOn');
  }
  if ('highlightStyle' in input) {
    if (HIGHLIGHT_STYLES.includes(input.highlightStyle as HighlightStyle)) settings.highlightStyle = input.highlightStyle as HighlightStyle;
    else repaired.push('highlightStyle');
  }

  if ('categories' in input) {
    const value = input.categories;
    if (!isRecord(value)) repaired.push('categories');
    else
      for (const [key, on] of Object.entries(value)) {
        if (isCategory(key) && typeof on === 'boolean') settings.categories[key] = on;
        else repaired.push(`categories.${key}`);
      }
  }
  if ('colors' in input) {
    const value = input.colors;
    if (!isRecord(value)) repaired.push('colors');
    else
      for (const [key, color] of Object.entries(value)) {
        if (isCategory(key) && isHexColor(color)) settings.colors[key] = color.toLowerCase();
        else repaired.push(`colors.${key}`);
      }
  }
  if ('rules' in input) {
    const value = input.rules;
    if (!isRecord(value)) repaired.push('rules');
    else
      for (const [id, on] of Object.entries(value)) {
        if (RULE_ID.test(id) && typeof on === 'boolean') settings.rules[id] = on;
        else repaired.push(`rules.${id}`);
      }
  }

  if ('customPhrases' in input) {
    const value = input.customPhrases;
    if (!Array.isArray(value)) repaired.push('customPhrases');
    else {
      const seenIds = new Set<string>();
      const seenPhrases = new Set<string>();
      value.forEach((item, i) => {
        const phrase = validCustomPhrase(item);
        const key = phrase && phraseKey(phrase.phrase);
        if (!phrase || !key || seenIds.has(phrase.id) || seenPhrases.has(key)) return void repaired.push(`customPhrases[${i}]`);
        if (settings.customPhrases.length >= MAX_CUSTOM_PHRASES) return void repaired.push(`customPhrases[${i}]`);
        seenIds.add(phrase.id);
        seenPhrases.add(key);
        settings.customPhrases.push(phrase);
      });
    }
  }

  for (const field of ['allowedSites', 'blockedSites'] as const) {
    if (!(field in input)) continue;
    const value = input[field];
    if (!Array.isArray(value)) {
      repaired.push(field);
      continue;
    }
    value.forEach((item, i) => {
      const result = typeof item === 'string' ? normalizeSitePattern(item) : null;
      if (!result?.ok || settings[field].length >= MAX_SITES) return void repaired.push(`${field}[${i}]`);
      if (!settings[field].includes(result.pattern)) settings[field].push(result.pattern);
    });
  }
  if ('blockedPages' in input) {
    const value = input.blockedPages;
    if (!Array.isArray(value)) repaired.push('blockedPages');
    else
      value.forEach((item, i) => {
        const key = typeof item === 'string' && item.length <= MAX_PAGE_URL_LENGTH ? pageKeyFor(item) : null;
        if (key === null || settings.blockedPages.length >= MAX_SITES) return void repaired.push(`blockedPages[${i}]`);
        if (!settings.blockedPages.includes(key)) settings.blockedPages.push(key);
      });
  }

  const known = new Set<string>([...Object.keys(DEFAULT_SETTINGS)]);
  for (const key of Object.keys(input)) if (!known.has(key)) repaired.push(key);
  return { settings, repaired };
}

/**
 * Brings an older stored or exported object up to the current schema (before repair).
 * Schema 1 had the same fields as schema 2: only the storage layout differed.
 */
export function migrateSettings(input: Record<string, unknown>): Record<string, unknown> {
  const { schemaVersion: _version, ...rest } = input;
  return rest;
}

// ---- storage layout -------------------------------------------------------------------

const CORE_KEY = 'settings';
const chunkKey = (field: ListField, index: number) => `${field}.${index}`;
const OUR_KEY = /^(settings|(customPhrases|allowedSites|blockedSites|blockedPages)\.\d+)$/;

const encoder = new TextEncoder();
/** How storage.sync counts an item: the key plus the JSON of its value, in UTF-8 bytes. */
export function itemBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;
}

/** Packs a list into as few parts as fit one storage item each. */
function chunkList(field: ListField, list: readonly unknown[]): unknown[][] {
  const chunks: unknown[][] = [];
  let current: unknown[] = [];
  // "[]" plus the key, then each element and its comma.
  const overhead = itemBytes(chunkKey(field, 99), []);
  let size = overhead;
  for (const item of list) {
    const bytes = encoder.encode(JSON.stringify(item)).length + 1;
    if (current.length > 0 && size + bytes > QUOTA_BYTES_PER_ITEM) {
      chunks.push(current);
      current = [];
      size = overhead;
    }
    current.push(item);
    size += bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** The storage items for a settings object (all of them, keyed). */
export function toStorageItems(settings: Settings): Record<string, unknown> {
  const items: Record<string, unknown> = {};
  const core: Record<string, unknown> = { ...settings, chunks: {} };
  const counts: Record<string, number> = {};
  for (const field of LIST_FIELDS) {
    delete core[field];
    const chunks = chunkList(field, settings[field]);
    counts[field] = chunks.length;
    chunks.forEach((chunk, i) => (items[chunkKey(field, i)] = chunk));
  }
  core.chunks = counts;
  items[CORE_KEY] = core;
  return items;
}

/** Reassembles the settings object from everything in storage (before migration and repair). */
function fromStorageItems(all: Record<string, unknown>): { raw: unknown; repaired: string[] } {
  const core = all[CORE_KEY];
  if (!isRecord(core)) return { raw: core, repaired: [] };
  const version = core.schemaVersion;
  if (typeof version !== 'number' || version < 2) return { raw: migrateSettings(core), repaired: [] };
  const { chunks, ...raw } = core;
  const repaired: string[] = [];
  const counts = isRecord(chunks) ? chunks : {};
  if (!isRecord(chunks)) repaired.push('chunks');
  for (const field of LIST_FIELDS) {
    const count = counts[field];
    if (count === undefined) continue;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > 512) {
      repaired.push(field);
      continue;
    }
    const list: unknown[] = [];
    for (let i = 0; i < count; i++) {
      const part = all[chunkKey(field, i)];
      if (Array.isArray(part)) list.push(...part);
      else repaired.push(`${field} (part ${i + 1})`);
    }
    raw[field] = list;
  }
  return { raw: migrateSettings(raw), repaired };
}

// ---- the API --------------------------------------------------------------------------

type StorageArea = typeof browser.storage.sync;

/**
 * The settings' storage area and everything in it: storage.sync, or storage.local where
 * sync is switched off (Firefox's `webextensions.storage.sync.enabled`, some enterprise
 * policies), so the settings stay on this device instead of failing to load or save.
 * Asked on every read: once sync is back, settings kept on the device come along
 * (`moved`: the local keys to drop after they are written to sync).
 */
async function settingsStore(): Promise<{ area: StorageArea; all: Record<string, unknown>; moved: string[] }> {
  let all: Record<string, unknown>;
  try {
    all = await browser.storage.sync.get(null);
  } catch {
    return { area: browser.storage.local, all: await browser.storage.local.get(null), moved: [] };
  }
  if (!(CORE_KEY in all)) {
    const kept = Object.entries(await browser.storage.local.get(null)).filter(([key]) => OUR_KEY.test(key));
    if (kept.some(([key]) => key === CORE_KEY)) return { area: browser.storage.sync, all: { ...all, ...Object.fromEntries(kept) }, moved: kept.map(([key]) => key) };
  }
  return { area: browser.storage.sync, all, moved: [] };
}

/** Reads, migrates and repairs the stored settings. `repaired` names what had to be reset. */
export async function loadSettings(): Promise<{ settings: Settings; repaired: string[] }> {
  const { all } = await settingsStore();
  const { raw, repaired: layoutRepairs } = fromStorageItems(all);
  const { settings, repaired } = repairSettings(raw);
  return { settings, repaired: [...layoutRepairs, ...repaired] };
}

function applyPatch(current: Settings, patch: SettingsPatch): Settings {
  const next = structuredClone(current);
  const { categories, colors, rules, ...plain } = patch;
  Object.assign(next, structuredClone(plain));
  if (categories) Object.assign(next.categories, categories);
  if (colors) Object.assign(next.colors, colors);
  if (rules)
    for (const [id, on] of Object.entries(rules)) {
      if (on === null) delete next.rules[id];
      else next.rules[id] = on;
    }
  next.schemaVersion = SCHEMA_VERSION;
  return next;
}

/** Validation that refuses instead of repairing: for writes and imports. */
function assertValid(value: unknown): Settings {
  const { settings, repaired } = repairSettings(value);
  if (repaired.length > 0) throw new SettingsError('invalid', `Invalid settings: ${repaired.join(', ')}`, repaired);
  return settings;
}

/**
 * Writes settings whole: refuses (SettingsError 'quota', nothing stored) when storage.sync
 * would overflow, writes the changed items in one `set`, then drops parts no longer used.
 */
async function writeSettings(settings: Settings): Promise<void> {
  const items = toStorageItems(settings);
  // Held to storage.sync's quotas even when kept in storage.local, so they can sync later.
  const { area, all: stored, moved } = await settingsStore();

  const oversized = Object.entries(items).filter(([key, value]) => itemBytes(key, value) > QUOTA_BYTES_PER_ITEM);
  if (oversized.length > 0)
    throw new SettingsError('quota', `A part of the settings is larger than storage.sync allows per item (${QUOTA_BYTES_PER_ITEM} bytes).`, oversized.map(([k]) => k));
  const others = Object.entries(stored).filter(([key]) => !OUR_KEY.test(key));
  const total = [...others, ...Object.entries(items)].reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
  if (total > QUOTA_BYTES)
    throw new SettingsError('quota', `The settings need ${total} bytes; storage.sync holds at most ${QUOTA_BYTES}. Nothing was saved.`, [String(total)]);

  // Items moved from storage.local are not in sync yet: all of them are written.
  const changed = Object.fromEntries(Object.entries(items).filter(([key, value]) => moved.length > 0 || JSON.stringify(stored[key]) !== JSON.stringify(value)));
  const stale = Object.keys(stored).filter((key) => OUR_KEY.test(key) && !(key in items) && !moved.includes(key));
  try {
    if (Object.keys(changed).length > 0) await area.set(changed);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = /quota/i.test(message) ? 'quota' : 'storage';
    throw new SettingsError(code, `The browser refused to save the settings: ${message}`);
  }
  // The core item names how many parts to read, so leftovers are harmless until removed.
  if (stale.length > 0) await area.remove(stale);
  if (moved.length > 0) await browser.storage.local.remove(moved);
}

/**
 * Writes from one page run one after another, so each reads what the one before wrote:
 * two quick clicks must not both start from the same old value and lose one change.
 */
let writeQueue: Promise<unknown> = Promise.resolve();
function queued<T>(task: () => Promise<T>): Promise<T> {
  const run = writeQueue.then(task, task);
  writeQueue = run.catch(() => undefined);
  return run;
}

/** Applies a change to the stored settings and returns the result. Throws SettingsError. */
export function saveSettings(patch: SettingsPatch): Promise<Settings> {
  return queued(async () => {
    const { settings: current } = await loadSettings();
    const next = assertValid(applyPatch(current, patch));
    await writeSettings(next);
    return next;
  });
}

/** Writes a whole settings object (e.g. to persist a repair). Throws SettingsError. */
export function replaceSettings(settings: Settings): Promise<Settings> {
  return queued(async () => {
    const next = assertValid({ ...settings, schemaVersion: SCHEMA_VERSION });
    await writeSettings(next);
    return next;
  });
}

/** Everything back to the defaults. */
export function resetSettings(): Promise<Settings> {
  return replaceSettings(defaultSettings());
}

/**
 * Calls `cb` with the fresh settings whenever any stored part changes (in any tab or page).
 * Returns the unsubscribe function.
 */
export function onSettingsChanged(cb: (settings: Settings, repaired: string[]) => void): () => void {
  let pending: Promise<void> = Promise.resolve();
  const listener = (changes: Record<string, unknown>, area: string) => {
    if ((area !== 'sync' && area !== 'local') || !Object.keys(changes).some((key) => OUR_KEY.test(key))) return;
    // One read after another, so callbacks see changes in order.
    pending = pending.then(() => loadSettings()).then(
      ({ settings, repaired }) => cb(settings, repaired),
      (error: unknown) => console.warn('Sourcelight: reading settings failed', error),
    );
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

// ---- export and import ----------------------------------------------------------------

/** The settings as a JSON file's text. */
export async function exportSettings(): Promise<string> {
  const { settings } = await loadSettings();
  return JSON.stringify({ format: EXPORT_FORMAT, exportedAt: new Date().toISOString(), settings }, null, 2);
}

/** Checks an export file's text; returns the settings it holds or throws SettingsError. */
export function parseSettingsFile(text: string): Settings {
  if (encoder.encode(text).length > MAX_IMPORT_BYTES)
    throw new SettingsError('tooLarge', `The file is larger than ${MAX_IMPORT_BYTES / 1024} KB; a settings export is much smaller.`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new SettingsError('malformed', 'The file is not valid JSON.');
  }
  if (!isRecord(data) || data.format !== EXPORT_FORMAT || !isRecord(data.settings))
    throw new SettingsError('foreign', 'The file is not a Sourcelight settings export.');
  const version = data.settings.schemaVersion;
  if (typeof version === 'number' && version > SCHEMA_VERSION)
    throw new SettingsError('foreign', 'The file comes from a newer version of Sourcelight.');
  return assertValid(migrateSettings(data.settings));
}

/** Replaces the stored settings with an export file's; on any error nothing changes. */
/**
 * Imports a settings file. `checkPhrase` (the engine's phrase check, which the options page
 * has and this module must not bundle) refuses a file whose own phrases the engine could
 * not use, rather than storing phrases that would silently never match.
 */
export async function importSettings(text: string, checkPhrase?: (phrase: string) => string | null): Promise<Settings> {
  const settings = parseSettingsFile(text);
  const unusable = settings.customPhrases.flatMap((p) => {
    const reason = checkPhrase?.(p.phrase);
    return reason ? [`“${p.phrase}” (${reason})`] : [];
  });
  if (unusable.length > 0) throw new SettingsError('invalid', `Phrases that cannot be used: ${unusable.join(', ')}`, unusable);
  return replaceSettings(settings);
}

// ---- what the settings mean -----------------------------------------------------------

/** Whether findings of a category are painted (named sources only when asked). */
export function isCategoryHighlighted(settings: Settings, category: CategoryId): boolean {
  if (!settings.enabled || !settings.categories[category]) return false;
  return category !== 'named-source' || settings.highlightNamedSources;
}

/** What the engine needs to know of the settings. */
export function analyzeOptionsFrom(settings: Settings): AnalyzeOptions {
  const overrides = Object.entries(settings.rules);
  return {
    disabledRules: overrides.filter(([, on]) => !on).map(([id]) => id),
    enabledRules: overrides.filter(([, on]) => on).map(([id]) => id),
    disabledCategories: CATEGORY_IDS.filter((c) => !settings.categories[c]),
    customPhrases: settings.customPhrases.filter((p) => settings.categories[p.category]),
  };
}

/**
 * Whether the extension may analyse a page. In 'articles' mode this says yes: whether the
 * page is article-like is decided later, by article detection on the page itself.
 */
export function shouldRunOn(settings: Settings, url: string): boolean {
  if (!settings.enabled) return false;
  const page = pageKeyFor(url);
  if (page === null) return false;
  if (matchesSite(settings.blockedSites, url) || settings.blockedPages.includes(page)) return false;
  switch (settings.runOn) {
    case 'all':
    case 'articles':
      return true;
    case 'listed':
      return matchesSite(settings.allowedSites, url);
  }
}
