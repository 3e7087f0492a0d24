/**
 * Content scripts for pages that were already open when the extension was installed, updated,
 * reloaded or enabled again.
 *
 * Chrome injects declared content scripts only into documents loaded after that moment: an
 * open article keeps the old instance, whose extension context is dead (it cleans up as soon
 * as it notices, see src/content/lifecycle.ts), and nothing replaces it until the page is
 * reloaded. So the background injects the declared scripts into every open matching tab; the
 * new instance's takeover event makes the old one let go.
 *
 * Firefox injects declared content scripts into open tabs itself on install, update and
 * reload (checked in Firefox ESR 153; test/e2e/update.spec.ts holds both browsers to it). Its
 * build does not ask for `scripting`, so there `api.scripting` is absent and nothing is done
 * here: injecting a second time would only start a second instance to be turned away.
 *
 * The file names come from the built manifest (the build renames content scripts), and a tab
 * that cannot be scripted (browser pages, the web store, discarded or closing tabs) is skipped
 * quietly.
 */
import type { Manifest, Scripting, Tabs } from 'webextension-polyfill';

/** The parts of the extension API this needs (a fake in unit tests). */
export interface ReinjectApi {
  runtime: { getManifest(): Pick<Manifest.WebExtensionManifest, 'content_scripts'> };
  tabs: { query(query: Tabs.QueryQueryInfoType): Promise<Tabs.Tab[]> };
  scripting?: Pick<Scripting.Static, 'executeScript' | 'insertCSS'>;
}

/** The storage.session key that says this load of the extension has injected already. */
export const INJECTED_KEY = 'contentScriptsInjected';

export interface SessionFlagApi {
  storage: { session: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
}

/**
 * Injects on the first service-worker start of each load of the extension. storage.session
 * outlives the worker's stops and starts but is emptied when the extension is installed,
 * updated, reloaded or disabled, and when the browser restarts; so an empty one means "just
 * loaded". Unlike `onInstalled` this also covers enabling the extension again after it was
 * switched off. (At a browser start the restored tabs are still loading: the declared script
 * and ours meet there, and the second finds the page claimed.)
 */
export async function reinjectOncePerLoad(api: ReinjectApi & SessionFlagApi): Promise<number> {
  if (!api.scripting) return 0;
  if ((await api.storage.session.get(INJECTED_KEY))[INJECTED_KEY]) return 0;
  await api.storage.session.set({ [INJECTED_KEY]: true });
  return reinjectContentScripts(api);
}

/** Injects the manifest's content scripts into open matching tabs; resolves to the number of tabs injected. */
export async function reinjectContentScripts(api: ReinjectApi): Promise<number> {
  const scripting = api.scripting;
  if (!scripting) return 0;
  let injected = 0;
  for (const entry of api.runtime.getManifest().content_scripts ?? []) {
    const files = entry.js ?? [];
    const css = entry.css ?? [];
    if (!entry.matches?.length || files.length + css.length === 0) continue;
    // Our host permissions let the query see (and so match) exactly the tabs we may script. A tab
    // still loading is included: the script waits for document_idle, and if the declared
    // script got there first, the second one finds the page claimed and does nothing.
    const tabs = await api.tabs.query({ url: entry.matches, discarded: false });
    const results = await Promise.all(
      tabs.map(async (tab) => {
        if (tab.id === undefined) return false;
        const target = { tabId: tab.id, allFrames: entry.all_frames ?? false };
        try {
          if (css.length > 0) await scripting.insertCSS({ target, files: css });
          if (files.length > 0) await scripting.executeScript({ target, files });
          return true;
        } catch {
          // Not scriptable after all (an error page, the web store, a tab closing or navigating):
          // a tab that navigates gets the declared script anyway.
          return false;
        }
      }),
    );
    injected += results.filter(Boolean).length;
  }
  return injected;
}
