/**
 * The dark colour scheme as the browser would apply it, for the extension's pages: the rules
 * under `@media (prefers-color-scheme: dark)` made unconditional (the harness's pages are
 * browser-neutral and have no media emulation). Returns how many media blocks it promoted.
 */
import type { ExtPage } from './harness';

export function forceDarkScheme(page: ExtPage): Promise<number> {
  return page.evaluate(() => {
    let promoted = 0;
    for (const sheet of [...document.styleSheets]) {
      for (const rule of [...sheet.cssRules]) {
        if (rule instanceof CSSMediaRule && rule.conditionText.includes('prefers-color-scheme: dark')) {
          for (const inner of [...rule.cssRules]) sheet.insertRule(inner.cssText, sheet.cssRules.length);
          promoted++;
        }
      }
    }
    document.documentElement.style.colorScheme = 'dark';
    return promoted;
  });
}
