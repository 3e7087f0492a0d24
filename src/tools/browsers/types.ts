import type { Browser } from 'webextension-polyfill';

/** The extension API as extension pages see it (`browser` in Firefox, `chrome` in Chromium). */
export type ExtensionApi = Browser;

/** The browser-neutral surface the end-to-end specs are written against (see ./index.ts). */

export type BrowserKind = 'chromium' | 'firefox';

/** A function run inside a page; it may take one JSON-serialisable argument. */
export type PageFunction<Arg, R> = (arg: Arg) => R | Promise<R>;

export interface ExtPage {
  /** Navigates and waits for the load event. */
  goto(url: string): Promise<void>;
  /** The page's current URL. */
  url(): Promise<string>;
  /** Runs `fn(arg)` in the page's main world and returns its JSON-serialisable result. */
  evaluate<R, Arg = undefined>(fn: PageFunction<Arg, R>, arg?: Arg): Promise<R>;
  /** Evaluates a JavaScript expression (awaiting a promise result). */
  evaluateExpression<R>(expression: string): Promise<R>;
  /** Polls `fn(arg)` until it returns a truthy value; returns that value. */
  waitForFunction<R, Arg = undefined>(fn: PageFunction<Arg, R>, arg?: Arg, options?: { timeout?: number }): Promise<R>;
  /** Moves the pointer to viewport coordinates (CSS pixels). */
  hover(x: number, y: number): Promise<void>;
  mouse: {
    move(x: number, y: number): Promise<void>;
    click(x: number, y: number): Promise<void>;
  };
  keyboard: {
    /** A key name as Playwright/Puppeteer know it: 'Tab', 'Escape', 'Alt+Shift+N'... */
    press(key: string): Promise<void>;
    type(text: string): Promise<void>;
  };
  /** Clicks the first element matching the CSS selector (in the main document). */
  click(selector: string): Promise<void>;
  /** Makes this the active tab of its window. */
  bringToFront(): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** One registered CSS highlight range, described from the page's side. */
export interface HighlightRange {
  /** The highlight's name in CSS.highlights. */
  name: string;
  /** The text the range covers. */
  text: string;
  /** Every element around the range, innermost first, as `tag#id.class1.class2`. */
  ancestors: string[];
  /** id of the nearest ancestor that has one ('' if none). */
  closestId: string;
}

/** Uncaught errors of each page's own scripts, recorded by the launcher that wrapped it. */
export const pageErrorLog = new WeakMap<ExtPage, string[]>();

export interface LaunchedBrowser {
  kind: BrowserKind;
  /** chrome-extension://ID/ or moz-extension://UUID/ (with the trailing slash). */
  extensionBase: string;
  newPage(url?: string): Promise<ExtPage>;
  /**
   * Installs the extension again from its directory over the running one, as an update does:
   * the old instance is unloaded (its extension pages close), the new one gets
   * `runtime.onInstalled` with reason 'update'. Resolves once the new one runs. Absent on a
   * plain browser.
   */
  reinstallExtension?(): Promise<void>;
  /**
   * Switches the extension off or on again as a user does, with its switch on the browser's
   * extensions page (Chromium only: Firefox's add-on manager is not scriptable from here).
   * Switching on resolves once its service worker runs.
   */
  setExtensionEnabled?(enabled: boolean): Promise<void>;
  close(): Promise<void>;
}
