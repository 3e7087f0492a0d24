import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    // No unit test is timed (speed lives in `npm run bench`); whole-page tests (Readability and
    // the engine over 12 saved pages) need more than the default 5 s on a busy 2-core machine.
    testTimeout: 30_000,
    // The JSON report is what .ci/run counts.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
  },
});
