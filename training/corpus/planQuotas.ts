import { FAMILIES } from './corpusExample.js';
import type { HardNegativeKind, Scenario } from './scenario.js';

/** How many examples to aim for; emergencies (ESI 1-2) come to about 35%, ESI 1 to about 8%. */
export const CORPUS_TARGETS = {
  acuity1: 760,
  acuity2PerFamily: 155,
  acuity3: 1600,
  acuity4: 1300,
  acuity5: 1100,
  hardNegative: {
    negated: 800,
    past_resolved: 300,
    relative_history: 220,
    hypothetical: 300,
    administrative: 300,
    alarming_words: 260,
    normal_vitals: 240,
  } satisfies Record<HardNegativeKind, number>,
} as const;

/** A scenario and the number of distinct messages to make from it. */
export type Quota = { scenario: Scenario; count: number };

function spread(total: number, group: readonly Scenario[]): Quota[] {
  const base = Math.floor(total / Math.max(group.length, 1));
  const extra = total - base * group.length;
  return group.map((scenario, i) => ({ scenario, count: base + (i < extra ? 1 : 0) }));
}

/** Splits the targets evenly over scenarios: ESI 2 per family, the rest per acuity or kind. */
export function planQuotas(scenarios: readonly Scenario[]): Quota[] {
  const plain = scenarios.filter((s) => !s.hardNegative);
  const quotas: Quota[] = [
    ...spread(
      CORPUS_TARGETS.acuity1,
      plain.filter((s) => s.acuity === 1),
    ),
  ];
  for (const family of FAMILIES) {
    quotas.push(
      ...spread(
        CORPUS_TARGETS.acuity2PerFamily,
        plain.filter((s) => s.acuity === 2 && s.family === family),
      ),
    );
  }
  quotas.push(
    ...spread(
      CORPUS_TARGETS.acuity3,
      plain.filter((s) => s.acuity === 3),
    ),
  );
  quotas.push(
    ...spread(
      CORPUS_TARGETS.acuity4,
      plain.filter((s) => s.acuity === 4),
    ),
  );
  quotas.push(
    ...spread(
      CORPUS_TARGETS.acuity5,
      plain.filter((s) => s.acuity === 5),
    ),
  );
  for (const [kind, total] of Object.entries(CORPUS_TARGETS.hardNegative)) {
    quotas.push(
      ...spread(
        total,
        scenarios.filter((s) => s.hardNegative === kind),
      ),
    );
  }
  return quotas;
}
