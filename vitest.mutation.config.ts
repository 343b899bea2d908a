import { defineConfig } from 'vitest/config';

// The suite Stryker runs against each mutant: the unit tests of the core and the in-process
// properties (bounded by MEDASSIST_PROPS in `npm run mutate`), plus the real-time property and
// tests for the hub. Why not the whole suite: the browser, HTTP, crash and benchmark tests reach
// the same core through paths 10-100x slower.
export default defineConfig({
  test: {
    include: [
      'system/**/*.test.ts',
      'properties/conversation.props.ts',
      'properties/clinic.props.ts',
      'properties/access.props.ts',
      'properties/faults.props.ts',
      'properties/concurrency.props.ts',
      'properties/deployment.props.ts',
      'properties/realtime.props.ts',
      'server/realtime.test.ts',
    ],
    pool: 'threads',
    testTimeout: 120_000,
  },
});
