import { recoveryProperty } from './recoveryProperty.js';
import { expectVariantsCaught } from './support/expectVariantsCaught.js';

expectVariantsCaught(recoveryProperty, {
  'restore-keeps-later-work': { invariant: '25', maxSteps: 3 },
  'anchor-not-restored': { invariant: '26', maxSteps: 3 },
  'lost-work-unreported': { invariant: '27', maxSteps: 3 },
  // Why more runs: its trace needs a notification on each side of a restore (run 334 of seed 42).
  'restore-keeps-timeline': { invariant: '28', maxSteps: 5, runs: 1200 },
  'resync-every-restore': { invariant: '29', maxSteps: 4 },
});
