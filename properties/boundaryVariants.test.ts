import { boundaryProperty } from './boundaryProperty.js';
import { expectVariantsCaught } from './support/expectVariantsCaught.js';

// Which invariant each broken boundary breaks, and the longest shrunk trace accepted: a key
// needs its first use and its reuse; every other class is caught by one request (or burst).
expectVariantsCaught(
  boundaryProperty,
  {
    'key-ignores-body': { invariant: 'idempotency', maxSteps: 2 },
    'long-lists-ignored': { invariant: 'limits', maxSteps: 1 },
    'refused-advice-claims-alert': { invariant: 'emergency', maxSteps: 1 },
    'no-origin-check': { invariant: 'origin', maxSteps: 1 },
    'any-content-type': { invariant: 'origin', maxSteps: 1 },
    'unthrottled-sign-in': { invariant: 'sign-in', maxSteps: 1 },
    'lenient-query': { invariant: 'query', maxSteps: 1 },
  },
  { runs: 100 },
);
