/**
 * An in-memory `storage.sync` with Chrome's quota rules, standing in for the one browser
 * import (src/shared/browser.ts) in unit tests: `vi.mock('../../../src/shared/browser', () => fakeBrowserModule())`.
 * Nothing else of the settings module is faked.
 */
type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

const QUOTA_BYTES = 102_400;
const QUOTA_BYTES_PER_ITEM = 8_192;
const encoder = new TextEncoder();
const bytes = (key: string, value: unknown) => encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;
const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

export class FakeSyncStorage {
  readonly data = new Map<string, unknown>();
  readonly listeners = new Set<Listener>();
  /** Every successful set/remove, for tests that check "nothing was written". */
  writes = 0;

  async get(keys: null | string | string[] | Record<string, unknown>): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    const wanted = keys === null ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
    for (const key of wanted) if (this.data.has(key)) out[key] = clone(this.data.get(key));
    return out;
  }

  /** Like Chrome: the whole set fails, atomically, if any item or the total is over quota. */
  async set(items: Record<string, unknown>): Promise<void> {
    for (const [key, value] of Object.entries(items))
      if (bytes(key, value) > QUOTA_BYTES_PER_ITEM) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    const next = new Map(this.data);
    for (const [key, value] of Object.entries(items)) next.set(key, clone(value));
    if (this.total(next) > QUOTA_BYTES) throw new Error('QUOTA_BYTES quota exceeded');
    const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
    for (const [key, value] of Object.entries(items)) changes[key] = { oldValue: clone(this.data.get(key)), newValue: clone(value) };
    this.data.clear();
    for (const [k, v] of next) this.data.set(k, v);
    this.writes++;
    this.emit(changes);
  }

  async remove(keys: string | string[]): Promise<void> {
    const changes: Record<string, { oldValue?: unknown }> = {};
    for (const key of typeof keys === 'string' ? [keys] : keys)
      if (this.data.has(key)) {
        changes[key] = { oldValue: clone(this.data.get(key)) };
        this.data.delete(key);
      }
    this.writes++;
    if (Object.keys(changes).length > 0) this.emit(changes);
  }

  async getBytesInUse(keys: null | string | string[] = null): Promise<number> {
    const wanted = keys === null ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
    return wanted.filter((k) => this.data.has(k)).reduce((sum, k) => sum + bytes(k, this.data.get(k)), 0);
  }

  total(map: Map<string, unknown> = this.data): number {
    let sum = 0;
    for (const [k, v] of map) sum += bytes(k, v);
    return sum;
  }

  private emit(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) {
    // Real browsers deliver onChanged asynchronously.
    queueMicrotask(() => this.listeners.forEach((l) => l(changes, 'sync')));
  }
}

export const sync = new FakeSyncStorage();

export function fakeBrowserModule() {
  const browser = {
    storage: {
      sync,
      onChanged: {
        addListener: (l: Listener) => void sync.listeners.add(l),
        removeListener: (l: Listener) => void sync.listeners.delete(l),
        hasListener: (l: Listener) => sync.listeners.has(l),
      },
    },
  };
  return { default: browser };
}

export function resetStorage(items: Record<string, unknown> = {}) {
  sync.data.clear();
  sync.listeners.clear();
  sync.writes = 0;
  for (const [k, v] of Object.entries(items)) sync.data.set(k, clone(v));
}
