import { recoveryProperty } from './recoveryProperty.js';
import { expectVariantsCaught } from './support/expectVariantsCaught.js';

expectVariantsCaught(recoveryProperty, {
  'restore-keeps-later-work': { invariant: '25', maxSteps: 3 },
  'anchor-not-restored': { invariant: '26', maxSteps: 3 },
  'lost-work-unreported': { invariant: '27', maxSteps: 3 },
});
