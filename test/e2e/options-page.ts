/**
 * Page object for the options page (src/options): what a reader does there, in words a
 * spec can read. Works on the browser-neutral ExtPage of the harness, so in both browsers.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { forceDarkScheme } from './color-scheme';
import type { ExtPage } from './harness';

const require = createRequire(import.meta.url);
/** axe-core, the engine of @axe-core/playwright, injected the same way it does. */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  targets: string[];
}

export class OptionsPage {
  constructor(readonly page: ExtPage) {}

  /** Waits until the page has loaded its settings and drawn the sections. */
  async ready(): Promise<this> {
    await this.page.waitForFunction(() => document.querySelector('#backup') !== null, undefined, { timeout: 15_000 });
    return this;
  }

  async isChecked(selector: string): Promise<boolean> {
    return this.page.evaluate((s) => (document.querySelector(s) as HTMLInputElement).checked, selector);
  }

  async text(selector: string): Promise<string> {
    return this.page.evaluate((s) => document.querySelector(s)?.textContent?.trim() ?? '', selector);
  }

  async exists(selector: string): Promise<boolean> {
    return this.page.evaluate((s) => document.querySelector(s) !== null, selector);
  }

  /** Clicks a checkbox or radio until it has the wanted state. */
  async setChecked(selector: string, checked: boolean): Promise<void> {
    if ((await this.isChecked(selector)) !== checked) await this.page.click(selector);
    await this.page.waitForFunction(([s, c]) => (document.querySelector(s) as HTMLInputElement).checked === c, [selector, checked] as const);
  }

  /** Types into a field the way a reader does: click, clear, type. */
  async type(selector: string, text: string): Promise<void> {
    await this.page.click(selector);
    await this.page.evaluate((s) => {
      const input = document.querySelector(s) as HTMLInputElement;
      input.select();
    }, selector);
    await this.page.keyboard.press('Backspace');
    if (text) await this.page.keyboard.type(text);
  }

  /** Waits for a field's message (next to it) to say something, and returns it. */
  async messageFor(fieldSelector: string): Promise<string> {
    return this.page.waitForFunction(
      (s) => {
        const input = document.querySelector(s);
        const id = input?.getAttribute('aria-describedby')?.split(' ')[0];
        const text = id ? document.getElementById(id)?.textContent?.trim() : '';
        return input?.getAttribute('aria-invalid') === 'true' && text ? text : '';
      },
      fieldSelector,
    );
  }

  /** Unfolds a category's list of rules (folded by default). */
  async showRules(category: string): Promise<void> {
    if (await this.page.evaluate((c) => (document.querySelector(`#show-rules-${c}`)?.parentElement as HTMLDetailsElement).open, category)) return;
    await this.page.click(`#show-rules-${category}`);
  }

  async addOwnPhrase(category: string, phrase: string, explanation = ''): Promise<void> {
    await this.type(`#own-${category}-phrase`, phrase);
    await this.type(`#own-${category}-explanation`, explanation);
    await this.page.click(`#own-${category}-submit`);
  }

  async search(query: string): Promise<void> {
    await this.type('#rule-search', query);
  }

  /** Ids of the rules the list shows now. */
  async visibleRules(): Promise<string[]> {
    return this.page.evaluate(() => [...document.querySelectorAll('.rule')].map((li) => li.id.replace(/^rule-item-/, '')));
  }

  async addSite(list: 'allowedSites' | 'blockedSites', pattern: string): Promise<void> {
    await this.type(`#${list}-input`, pattern);
    await this.page.click(`#${list}-add`);
  }

  /**
   * Clicks "Export" and returns the file's text. The page hands the file to the browser as a
   * blob URL; the spec catches that blob on its way (where the browser saves it is the
   * browser's business, and differs between the two).
   */
  async exportFile(): Promise<string> {
    await this.page.evaluate(() => {
      const w = window as unknown as { __exported?: Promise<string> };
      const original = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        if (blob instanceof Blob) w.__exported = blob.text();
        return original(blob);
      };
    });
    await this.page.click('#export');
    return this.page.evaluate(async () => {
      for (let i = 0; i < 100 && !(window as unknown as { __exported?: Promise<string> }).__exported; i++)
        await new Promise((r) => setTimeout(r, 50));
      return (await (window as unknown as { __exported?: Promise<string> }).__exported) ?? '';
    });
  }

  /** Chooses a file in the import field, as the file picker would, and returns the result line. */
  async importFile(name: string, text: string): Promise<string> {
    await this.page.evaluate(
      ([fileName, content]) => {
        const input = document.querySelector('#import-file') as HTMLInputElement;
        const files = new DataTransfer();
        files.items.add(new File([content], fileName, { type: 'application/json' }));
        input.files = files.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      },
      [name, text] as const,
    );
    return this.page.waitForFunction((n) => {
      const text = document.querySelector('#import-result')?.textContent ?? '';
      return text.includes(n) ? text : '';
    }, name);
  }

  /** The page follows the browser's colour scheme: light as loaded, dark forced the way the popup's tests do. */
  async setTheme(theme: 'light' | 'dark'): Promise<void> {
    if (theme === 'dark' && (await forceDarkScheme(this.page)) === 0) throw new Error('options.css has no dark colour scheme');
  }

  /** Runs axe-core (WCAG 2.x A/AA and best practices) over the whole page. */
  async axe(): Promise<AxeViolation[]> {
    return this.page.evaluateExpression<AxeViolation[]>(`(async () => {
      ${AXE_SOURCE}
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
    })()`);
  }
}
