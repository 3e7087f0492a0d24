/** Content scripts for tabs open before an install or update (src/background/reinject.ts). */
import { describe, expect, it } from 'vitest';
import type { Tabs } from 'webextension-polyfill';
import { REINJECT_REASONS, reinjectContentScripts, type ReinjectApi } from '../../../src/background/reinject';

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

  it('runs on install and update (a reload is an update), not on browser updates', () => {
    expect([...REINJECT_REASONS].sort()).toEqual(['install', 'update']);
    expect(REINJECT_REASONS.has('browser_update')).toBe(false);
  });
});
