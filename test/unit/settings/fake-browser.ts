/**
 * In-memory `storage.sync` (with Chrome's quota rules) and `storage.local`, standing in for
 * the one browser import (src/shared/browser.ts) in unit tests:
 * `vi.mock('../../../src/shared/browser', () => fakeBrowserModule())`.
 * Nothing else of the settings module is faked.
 */
type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

const QUOTA_BYTES = 102_400;
const QUOTA_BYTES_PER_ITEM = 8_192;
const encoder = new TextEncoder();
const bytes = (key: string, value: unknown) => encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;
const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

export class FakeStorageArea {
  readonly data = new Map<string, unknown>();
  /** Every successful set/remove, for tests that check "nothing was written". */
  writes = 0;
  /** Every call rejects, as storage.sync does in Firefox with sync switched off in about:config. */
  unavailable = false;

  constructor(
    private readonly name: 'sync' | 'local',
    private readonly quotaBytes: number,
    private readonly listeners: Set<Listener>,
  ) {}

  private check(): void {
    if (this.unavailable) throw new Error(`storage.${this.name} is disabled`);
  }

  async get(keys: null | string | string[] | Record<string, unknown>): Promise<Record<string, unknown>> {
    this.check();
    const out: Record<string, unknown> = {};
    const wanted = keys === null ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : Object.keys(keys);
    for (const key of wanted) if (this.data.has(key)) out[key] = clone(this.data.get(key));
    return out;
  }

  /** Like Chrome: the whole set fails, atomically, if any item or the total is over quota. */
  async set(items: Record<string, unknown>): Promise<void> {
    this.check();
    for (const [key, value] of Object.entries(items))
      if (this.name === 'sync' && bytes(key, value) > QUOTA_BYTES_PER_ITEM) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    const next = new Map(this.data);
    for (const [key, value] of Object.entries(items)) next.set(key, clone(value));
    if (this.total(next) > this.quotaBytes) throw new Error('QUOTA_BYTES quota exceeded');
    const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
    for (const [key, value] of Object.entries(items)) changes[key] = { oldValue: clone(this.data.get(key)), newValue: clone(value) };
    this.data.clear();
    for (const [k, v] of next) this.data.set(k, v);
    this.writes++;
    this.emit(changes);
  }

  async remove(keys: string | string[]): Promise<void> {
    this.check();
    const changes: Record<string, { oldValue?: unknown }> = {};
    for (const key of typeof keys === 'string' ? [keys] : keys)
      if (this.data.has(key)) {
        changes[key] = { oldValue: clone(this.data.get(key)) };
        this.data.delete(key);
      }
    this.writes++;
    if (Object.keys(changes).length > 0) this.emit(changes);
  }

  total(map: Map<string, unknown> = this.data): number {
    let sum = 0;
    for (const [k, v] of map) sum += bytes(k, v);
    return sum;
  }

  private emit(changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) {
    // Real browsers deliver onChanged asynchronously.
    queueMicrotask(() => this.listeners.forEach((l) => l(changes, this.name)));
  }
}

const listeners = new Set<Listener>();
export const sync = new FakeStorageArea('sync', QUOTA_BYTES, listeners);
/** Chrome's storage.local quota: 10 MB. */
export const local = new FakeStorageArea('local', 10 * 1024 * 1024, listeners);

export function fakeBrowserModule() {
  const browser = {
    storage: {
      sync,
      local,
      onChanged: {
        addListener: (l: Listener) => void listeners.add(l),
        removeListener: (l: Listener) => void listeners.delete(l),
        hasListener: (l: Listener) => listeners.has(l),
      },
    },
  };
  return { default: browser };
}

/** Empty storage (sync holding `items`), sync available, no listeners. */
export function resetStorage(items: Record<string, unknown> = {}) {
  for (const area of [sync, local]) {
    area.data.clear();
    area.writes = 0;
    area.unavailable = false;
  }
  listeners.clear();
  for (const [k, v] of Object.entries(items)) sync.data.set(k, clone(v));
}
