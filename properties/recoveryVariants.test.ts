import { recoveryProperty } from './recoveryProperty.js';
import { expectVariantsCaught } from './support/expectVariantsCaught.js';

expectVariantsCaught(recoveryProperty, {
  'restore-keeps-later-work': { invariant: '25', maxSteps: 3 },
  'anchor-not-restored': { invariant: '26', maxSteps: 3 },
  'lost-work-unreported': { invariant: '27', maxSteps: 3 },
  'restore-keeps-timeline': { invariant: '28', maxSteps: 6 },
  'fork-from-live': { invariant: '28', maxSteps: 6 },
  'resync-every-restore': { invariant: '29', maxSteps: 5 },
});
