/**
 * Content scripts for pages that were already open when the extension was installed, updated
 * or reloaded.
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
import type { Manifest, Runtime, Scripting, Tabs } from 'webextension-polyfill';

/** The parts of the extension API this needs (a fake in unit tests). */
export interface ReinjectApi {
  runtime: { getManifest(): Pick<Manifest.WebExtensionManifest, 'content_scripts'> };
  tabs: { query(query: Tabs.QueryQueryInfoType): Promise<Tabs.Tab[]> };
  scripting?: Pick<Scripting.Static, 'executeScript' | 'insertCSS'>;
}

/** Install and update (a reload of an unpacked extension counts as an update); not browser updates. */
export const REINJECT_REASONS: ReadonlySet<Runtime.OnInstalledReason> = new Set(['install', 'update']);

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
