import { negationTail } from '../negation/negationTail.js';
import type { Scenario } from '../scenario.js';

/**
 * Hard negatives from minor (ESI 4-5) scenarios: the same complaint plus a denial of the red
 * flags it could be mistaken for ("sore throat, breathing fine, can swallow").
 */
export function negatedScenarios(minors: readonly Scenario[]): Scenario[] {
  return minors
    .filter((m) => m.acuity >= 4 && m.negations && m.negations.length > 0)
    .map((m) => {
      const keys = m.negations ?? [];
      return {
        ...m,
        id: `${m.id}_negated`,
        hardNegative: 'negated' as const,
        // Why the fallback: a scenario always lists keys, but none may fit this person.
        tail: (ctx) => negationTail(keys, ctx.person, ctx.rng) ?? 'nothing else going on',
      };
    });
}
