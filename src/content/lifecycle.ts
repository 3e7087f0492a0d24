/**
 * One instance per page, and one way out.
 *
 * - Double injection in the same world (a programmatic re-injection) is stopped by a symbol on
 *   our own global, which the page cannot see.
 * - After an extension update or reload the old instance lives on in its own world with a dead
 *   extension context. The new instance announces itself with an event on `document` (events
 *   cross worlds; nothing is written to the DOM); the old one hears it and, if its own context
 *   is dead (the page can send the event too, and must not stop a live instance), cleans up.
 *   Whatever an instance that could not run its cleanup left behind (Firefox destroys a removed
 *   or updated add-on's scripts outright) is swept by the next one: highlights by name, the
 *   stylesheet by its rules, the card host by tag.
 * - Tabs open when the extension is installed or updated get the new instance from the
 *   background in Chrome (src/background/reinject.ts), from the browser itself in Firefox.
 * - An instance whose extension context is gone (`runtime.id` undefined) cleans up as soon as
 *   it notices: on its next event, or on its periodic check.
 */
import browser from '../shared/browser';

const INSTANCE_KEY = Symbol.for('sourcelight.content');
const TAKEOVER_EVENT = 'sourcelight:takeover';

/** True when the extension that injected us is still there. */
export function contextAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/**
 * Claim the page. Returns null when this world already runs an instance; otherwise a
 * controller whose abort is the one cleanup path (takeover by a newer instance included).
 */
export function claimPage(): AbortController | null {
  const global = globalThis as Record<symbol, unknown>;
  if (global[INSTANCE_KEY]) return null;
  global[INSTANCE_KEY] = true;
  // Tell an older instance (another world) to let go before we touch anything.
  document.dispatchEvent(new CustomEvent(TAKEOVER_EVENT));
  const lifetime = new AbortController();
  // The page can dispatch this event too: a live instance ignores it, so a page cannot switch
  // us off. Only an orphan (its extension updated or removed) lets go.
  document.addEventListener(
    TAKEOVER_EVENT,
    () => {
      if (!contextAlive()) lifetime.abort();
    },
    { signal: lifetime.signal },
  );
  lifetime.signal.addEventListener('abort', () => {
    delete global[INSTANCE_KEY];
  });
  return lifetime;
}
