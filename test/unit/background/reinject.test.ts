/** Content scripts for tabs open before an install, update or re-enable (src/background/reinject.ts). */
import { describe, expect, it } from 'vitest';
import type { Tabs } from 'webextension-polyfill';
import { INJECTED_KEY, reinjectContentScripts, reinjectOncePerLoad, type ReinjectApi, type SessionFlagApi } from '../../../src/background/reinject';

type Call = { kind: 'js' | 'css'; tabId: number; allFrames: boolean | undefined; files: string[] };

/** A fake API: `tabs` are what the query returns; `unscriptable` tab ids reject, as Chrome does for error pages. */
function fakeApi({
  contentScripts,
  tabs,
  unscriptable = [],
  scripting = true,
}: {
  contentScripts: NonNullable<ReturnType<ReinjectApi['runtime']['getManifest']>['content_scripts']>;
  tabs: Array<Partial<Tabs.Tab>>;
  unscriptable?: number[];
  scripting?: boolean;
}) {
  const calls: Call[] = [];
  const queries: Tabs.QueryQueryInfoType[] = [];
  const inject =
    (kind: Call['kind']) =>
    async ({ target, files }: { target: { tabId: number; allFrames?: boolean }; files?: string[] }) => {
      if (unscriptable.includes(target.tabId)) throw new Error('Cannot access contents of the page');
      calls.push({ kind, tabId: target.tabId, allFrames: target.allFrames, files: files ?? [] });
      return [];
    };
  const api: ReinjectApi = {
    runtime: { getManifest: () => ({ content_scripts: contentScripts }) },
    tabs: {
      query: async (query) => {
        queries.push(query);
        return tabs as Tabs.Tab[];
      },
    },
    ...(scripting ? { scripting: { executeScript: inject('js') as never, insertCSS: inject('css') as never } } : {}),
  };
  return { api, calls, queries };
}

const BUILT = [{ matches: ['http://*/*', 'https://*/*'], js: ['content/index.js'], run_at: 'document_idle' as const }];

describe('re-injecting the content script into open tabs', () => {
  it("injects the built manifest's files into every open tab its matches find, top frame only", async () => {
    const { api, calls, queries } = fakeApi({ contentScripts: BUILT, tabs: [{ id: 3 }, { id: 8 }] });
    expect(await reinjectContentScripts(api)).toBe(2);
    expect(queries).toEqual([{ url: ['http://*/*', 'https://*/*'], discarded: false }]);
    expect(calls).toEqual([
      { kind: 'js', tabId: 3, allFrames: false, files: ['content/index.js'] },
      { kind: 'js', tabId: 8, allFrames: false, files: ['content/index.js'] },
    ]);
  });

  it('follows the manifest: other file names, stylesheets first, all frames when it says so', async () => {
    const contentScripts = [{ matches: ['https://news.example/*'], js: ['assets/a-1x2y.js', 'assets/b-9z.js'], css: ['assets/c.css'], all_frames: true }];
    const { api, calls } = fakeApi({ contentScripts, tabs: [{ id: 5 }] });
    expect(await reinjectContentScripts(api)).toBe(1);
    expect(calls).toEqual([
      { kind: 'css', tabId: 5, allFrames: true, files: ['assets/c.css'] },
      { kind: 'js', tabId: 5, allFrames: true, files: ['assets/a-1x2y.js', 'assets/b-9z.js'] },
    ]);
  });

  it('skips a tab that cannot be scripted, and one without an id, quietly, and still does the others', async () => {
    const { api, calls } = fakeApi({ contentScripts: BUILT, tabs: [{ id: 1 }, {}, { id: 2 }, { id: 4 }], unscriptable: [1, 4] });
    expect(await reinjectContentScripts(api)).toBe(1);
    expect(calls.map((c) => c.tabId)).toEqual([2]);
  });

  it('does nothing without the scripting API (the Firefox build: Firefox injects into open tabs itself)', async () => {
    const { api, calls, queries } = fakeApi({ contentScripts: BUILT, tabs: [{ id: 3 }], scripting: false });
    expect(await reinjectContentScripts(api)).toBe(0);
    expect(queries).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('does nothing for a manifest without content scripts', async () => {
    const { api, queries } = fakeApi({ contentScripts: [], tabs: [{ id: 3 }] });
    expect(await reinjectContentScripts(api)).toBe(0);
    expect(queries).toEqual([]);
  });

});

/** storage.session as Chrome keeps it for one load of the extension: a plain map in memory. */
function fakeSession(initial: Record<string, unknown> = {}): SessionFlagApi & { items: Record<string, unknown> } {
  const items = { ...initial };
  return {
    items,
    storage: {
      session: {
        get: async (key) => (key in items ? { [key]: items[key] } : {}),
        set: async (more) => void Object.assign(items, more),
      },
    },
  };
}

describe('once per load of the extension', () => {
  it('injects on the first service-worker start, and not on the starts after it', async () => {
    const { api, calls } = fakeApi({ contentScripts: BUILT, tabs: [{ id: 3 }] });
    const session = fakeSession();
    const both = { ...api, ...session };
    expect(await reinjectOncePerLoad(both)).toBe(1);
    expect(session.items).toEqual({ [INJECTED_KEY]: true });
    // The worker stopped and started again: the session survives, nothing is injected twice.
    expect(await reinjectOncePerLoad(both)).toBe(0);
    expect(calls.map((c) => c.tabId)).toEqual([3]);
  });

  it('injects again after the browser emptied the session (update, reload, disable and enable)', async () => {
    const { api, calls } = fakeApi({ contentScripts: BUILT, tabs: [{ id: 3 }] });
    await reinjectOncePerLoad({ ...api, ...fakeSession() });
    await reinjectOncePerLoad({ ...api, ...fakeSession() });
    expect(calls.map((c) => c.tabId)).toEqual([3, 3]);
  });

  it('neither injects nor writes without the scripting API (Firefox)', async () => {
    const { api, queries } = fakeApi({ contentScripts: BUILT, tabs: [{ id: 3 }], scripting: false });
    const session = fakeSession();
    expect(await reinjectOncePerLoad({ ...api, ...session })).toBe(0);
    expect(session.items).toEqual({});
    expect(queries).toEqual([]);
  });
});
