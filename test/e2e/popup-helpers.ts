/**
 * The popup's page object for the end-to-end specs, and the CLI's view of the same page:
 * the popup's numbers are checked against `sourcelight analyze --format json` for the same file.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Report } from '../../src/engine/types';
import { newsPageFile, repoRoot } from '../../src/tools/paths';
import type { Ext, ExtPage } from './harness';

/** The CLI's JSON for a file (the built dist/node, as a user runs it). */
export function cliReport(file: string): Report {
  const out = execFileSync(process.execPath, [resolve(repoRoot, 'dist/node/sourcelight.js'), 'analyze', '--format', 'json', file], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as Report;
}

export const fixtureFile = (name: string) => newsPageFile(name, 'source.html');

export type PopupState = 'report' | 'unsupported' | 'noScript' | 'off' | 'notListed' | 'noArticle' | 'noTab';

/** Opens `popup.html?tabId=N` for the page's tab and waits until it shows `state` (the page may still be analysing). */
export async function openPopup(ext: Ext, page: ExtPage, state: PopupState = 'report'): Promise<{ popup: ExtPage; tabId: number }> {
  const tabId = await ext.tabIdOf(page);
  let last = '';
  for (let attempt = 0; attempt < 10; attempt++) {
    const popup = await ext.openExtensionPage(`popup.html?tabId=${tabId}`);
    const shown = await popup
      .waitForFunction(() => document.documentElement.dataset.state, undefined, { timeout: 15_000 })
      .catch(async () => `(not settled: "${await popup.evaluate(() => document.body.innerText.slice(0, 200)).catch(() => '')}")`);
    if (shown === state) return { popup, tabId };
    last = String(shown);
    // The content script answers once it has analysed the page (and a loaded machine can
    // leave an extension tab blank for a while): ask again.
    await popup.close();
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the popup for tab ${tabId} shows ${last}, not "${state}"`);
}

export interface PopupNumbers {
  profile: string;
  tone: string;
  mix: Record<string, number>;
  categories: Record<string, number>;
  warnings: number;
  per1000: string;
  named: number;
  words: number;
  sentences: number;
  /** The counts next to the "Every warning" and "Named-source attributions" headings. */
  sectionCounts: { findings: number; attributions: number };
  /** The one line on what is marked outside the body ('' when there is none). */
  outside: string;
}

export function readNumbers(popup: ExtPage): Promise<PopupNumbers> {
  return popup.evaluate(() => {
    const byTestId = (prefix: string) =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>(`[data-testid^="${prefix}"]`)].map((e) => [
          e.dataset.testid!.slice(prefix.length),
          Number(e.textContent),
        ]),
      );
    const text = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
    return {
      profile: document.querySelector<HTMLElement>('[data-profile]')?.dataset.profile ?? '',
      tone: document.querySelector<HTMLElement>('[data-tone]')?.dataset.tone ?? '',
      mix: byTestId('mix-'),
      categories: byTestId('cat-'),
      warnings: Number(text('stat-warnings')),
      per1000: text('stat-per1000'),
      named: Number(text('stat-named')),
      words: Number(text('stat-words')),
      sentences: Number(text('stat-sentences')),
      sectionCounts: {
        findings: Number(document.querySelector('#findings > summary .count')?.textContent),
        attributions: Number(document.querySelector('#attributions > summary .count')?.textContent),
      },
      outside: text('outside-body'),
    };
  });
}

/**
 * Opens a findings section ("findings" or "attributions"), presses "show more" until
 * everything is shown, and counts the findings listed: of the body, and outside it.
 */
export async function listedFindings(popup: ExtPage, id: 'findings' | 'attributions'): Promise<{ body: number; outside: number }> {
  await openSection(popup, id);
  while (await popup.evaluate((sid) => !!document.querySelector(`#${sid} .show-more`), id)) await popup.click(`#${id} .show-more`);
  return popup.evaluate((sid) => ({
    body: document.querySelectorAll(`#${sid} .finding-group:not([data-group="outside"]) button.finding`).length,
    outside: document.querySelectorAll(`#${sid} .finding-group[data-group="outside"] button.finding`).length,
  }), id);
}

/** Opens a collapsed section of the report (Sources, Evidence links…) by its summary, as a reader would. */
export async function openSection(popup: ExtPage, id: string): Promise<void> {
  const open = await popup.evaluate((sid) => document.querySelector<HTMLDetailsElement>(`#${sid}`)?.open ?? false, id);
  if (!open) await popup.click(`#${id} > summary`);
  await popup.waitForFunction((sid) => !!document.querySelector(`#${sid} .section-body`), id);
}

/**
 * Records what the export buttons produce: the clipboard text and the downloaded blobs.
 * (Clipboard reads and download events differ between the two browsers' drivers.)
 */
export async function captureExports(popup: ExtPage): Promise<void> {
  await popup.evaluate(() => {
    const w = window as unknown as { __copied: string[]; __downloads: { name: string; text: Promise<string> }[] };
    w.__copied = [];
    w.__downloads = [];
    navigator.clipboard.writeText = async (text: string) => {
      w.__copied.push(text);
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download && this.href.startsWith('blob:')) {
        w.__downloads.push({ name: this.download, text: fetch(this.href).then((r) => r.text()) });
        return;
      }
      click.call(this);
    };
  });
}

export function copied(popup: ExtPage): Promise<string[]> {
  return popup.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
}

export function downloads(popup: ExtPage): Promise<{ name: string; text: string }[]> {
  return popup.evaluate(async () => {
    const list = (window as unknown as { __downloads: { name: string; text: Promise<string> }[] }).__downloads;
    return Promise.all(list.map(async (d) => ({ name: d.name, text: await d.text })));
  });
}
