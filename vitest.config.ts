import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts', 'properties/**/*.props.ts'],
    exclude: ['node_modules/**', 'scratch/**', 'reports/**', '.stryker-tmp/**'],
    pool: 'threads',
    maxWorkers: 2,
    // Why long: a property under a time budget runs as long as it was told to.
    testTimeout: 15 * 60_000,
    // Why a JSON report under CI: `.ci/run` prints its "N passed, N failed" line from it;
    // JUnit XML is for CI services that show test histories (test names carry no seed).
    reporters: process.env.CI ? ['default', 'json', 'junit'] : ['default'],
    outputFile: { json: 'reports/vitest.json', junit: 'reports/junit.xml' },
  },
});
