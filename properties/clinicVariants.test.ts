import { clinicProperty } from './clinicProperty.js';
import { expectVariantsCaught } from './support/expectVariantsCaught.js';

expectVariantsCaught(clinicProperty, {
  'sla-never-expires': { invariant: '5', maxSteps: 2 },
  'reassign-keeps-old-nurse': { invariant: '7', maxSteps: 3 },
  'decision-not-terminal': { invariant: '7', maxSteps: 3 },
  'triage-lowers-urgency': { invariant: '6', maxSteps: 2 },
  'leaks-pending-advice': { invariant: '9', maxSteps: 2 },
  'escalation-not-notified': { invariant: '5', maxSteps: 1 },
});
