import { faultProperty } from './faultProperty.js';
import { expectVariantsCaught } from './support/expectVariantsCaught.js';

expectVariantsCaught(faultProperty, {
  'audit-in-second-transaction': { invariant: '20', maxSteps: 2 },
  'idempotency-record-lost': { invariant: '21', maxSteps: 2 },
});
