/**
 * End-to-end tests: the built extension (npm run build) in Debian's Chromium and Firefox ESR.
 * The browsers are launched by test/e2e/harness, not by Playwright's own browser fixtures:
 * a project only picks which one (`browserKind`).
 */
import { defineConfig } from '@playwright/test';
import type { BrowserKind } from './src/tools/browsers/types';

export default defineConfig<{ browserKind: BrowserKind }>({
  testDir: 'test/e2e',
  // Two cores, shared: one browser at a time.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e-artifacts',
  projects: [
    { name: 'chromium', use: { browserKind: 'chromium' } },
    // `*.chromium.spec.ts` drive Chromium's own pages (chrome://extensions): Chromium only.
    { name: 'firefox', use: { browserKind: 'firefox' }, testIgnore: /\.chromium\.spec\.ts$/ },
  ],
});
