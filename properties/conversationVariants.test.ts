import { conversationProperty } from './conversationProperty.js';
import { expectVariantsCaught } from './support/expectVariantsCaught.js';

expectVariantsCaught(conversationProperty, {
  'drops-close-audit': { invariant: '17', maxSteps: 2 },
  'misses-breathing-difficulty': { invariant: '1', maxSteps: 2 },
  'forges-read-hash': { invariant: '18', maxSteps: 2 },
  'backdates-close-audit': { invariant: '19', maxSteps: 2 },
  'forgets-rule-hits': { invariant: '3', maxSteps: 2 },
});
