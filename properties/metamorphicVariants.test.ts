import { metamorphicProperty } from './metamorphicProperty.js';
import { expectVariantsCaught } from './support/expectVariantsCaught.js';

expectVariantsCaught(metamorphicProperty, {
  'pad/model-urgent-when-short': { invariant: 'pad', maxSteps: 1 },
  'bury/model-urgent-when-short': { invariant: 'bury', maxSteps: 1 },
  'third_person/model-urgent-for-the-writer-only': { invariant: 'third_person', maxSteps: 1 },
  'typo/model-exact-keywords': { invariant: 'typo', maxSteps: 1 },
  'lookalike/model-exact-keywords': { invariant: 'lookalike', maxSteps: 1 },
  'invisible/model-exact-keywords': { invariant: 'invisible', maxSteps: 1 },
  'negated/model-ignores-context': { invariant: 'negated', maxSteps: 1 },
  'past/model-ignores-context': { invariant: 'past', maxSteps: 1 },
  'family_history/model-ignores-context': { invariant: 'family_history', maxSteps: 1 },
  'hypothetical/model-ignores-context': { invariant: 'hypothetical', maxSteps: 1 },
  'negated_beside_flag/model-negation-swallows-all': {
    invariant: 'negated_beside_flag',
    maxSteps: 1,
  },
  'join/model-reads-one-sentence': { invariant: 'join', maxSteps: 1 },
  'monotone/model-urgent-when-short': { invariant: 'monotone', maxSteps: 1 },
});
