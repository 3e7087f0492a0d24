/**
 * Accessibility of the popup: axe-core finds no violations in the light and the dark theme,
 * with every section of the report open. axe-core is injected as source (the same engine
 * @axe-core/playwright runs), so the check runs in Firefox as well as Chromium.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test, expect, type ExtPage } from './harness';
import { forceDarkScheme } from './color-scheme';
import { openPopup, openSection } from './popup-helpers';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

async function axeViolations(page: ExtPage): Promise<Violation[]> {
  await page.evaluateExpression(`${axeSource};0`);
  return page.evaluateExpression<Violation[]>(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })))`,
  );
}

async function openEverything(popup: ExtPage): Promise<void> {
  for (const id of ['categories', 'sources', 'links', 'findings', 'attributions']) await openSection(popup, id);
  await popup.evaluate(() => {
    document.querySelector<HTMLDetailsElement>('.howto')!.open = true;
    document.querySelector<HTMLButtonElement>('.source-name')?.click();
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`the report has no axe violations in the ${theme} theme`, async ({ ext }) => {
    const page = await ext.newPage(ext.pageUrl('popup-links.html'));
    const { popup } = await openPopup(ext, page);
    await openEverything(popup);
    if (theme === 'dark') expect(await forceDarkScheme(popup)).toBeGreaterThan(0);
    const violations = await axeViolations(popup);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });

  test(`the "only listed sites" view has no axe violations in the ${theme} theme`, async ({ ext }) => {
    await ext.setStorageSync({ settings: { schemaVersion: 2, runOn: 'listed' } });
    const page = await ext.newPage(ext.pageUrl('popup-links.html'));
    const { popup } = await openPopup(ext, page, 'notListed');
    if (theme === 'dark') await forceDarkScheme(popup);
    const violations = await axeViolations(popup);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });

  test(`the "cannot run here" view has no axe violations in the ${theme} theme`, async ({ ext }) => {
    const blank = await ext.newPage('about:blank');
    const { popup } = await openPopup(ext, blank, 'noScript');
    if (theme === 'dark') await forceDarkScheme(popup);
    const violations = await axeViolations(popup);
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
  });
}
