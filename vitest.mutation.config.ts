import { defineConfig } from 'vitest/config';

// The suite Stryker runs against each mutant: the unit tests of the core and the in-process
// properties (bounded by MEDASSIST_PROPS in `npm run mutate`). Why not the whole suite: the
// browser, HTTP, crash and benchmark tests reach the same core through paths 10-100x slower.
// The real-time tests join only when the hub is mutated: every mutant they cover would
// otherwise pay for a WebSocket server.
const realtime = (process.env.MUTATE ?? 'server/realtime').includes('server/realtime')
  ? ['properties/realtime.props.ts', 'server/realtime.test.ts']
  : [];

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
      'properties/redFlagAccuracy.test.ts',
      'properties/redFlagMatcher.test.ts',
      'properties/messageLimits.test.ts',
      ...realtime,
    ],
    pool: 'threads',
    testTimeout: 120_000,
  },
});
