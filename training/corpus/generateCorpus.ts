import { composeMessage } from './composeMessage.js';
import type { CorpusExample } from './corpusExample.js';
import { createRng } from './createRng.js';
import { planQuotas } from './planQuotas.js';
import type { HardNegativeKind } from './scenario.js';
import { scenarioCatalogue } from './scenarioCatalogue.js';

/** A corpus example with where it came from, for statistics and tests. */
export type TaggedExample = CorpusExample & {
  scenarioId: string;
  hardNegative: HardNegativeKind | null;
};

// Why a cap: a scenario whose pools run dry must not spin forever.
const ATTEMPTS_PER_EXAMPLE = 25;

/** The key two texts share when they differ only in case or spacing. */
export function dedupeKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Generates the tagged corpus for a seed; the same seed always gives the same list. */
export function generateTaggedCorpus(seed: number): TaggedExample[] {
  const rng = createRng(seed);
  const seen = new Set<string>();
  const out: TaggedExample[] = [];
  for (const { scenario, count } of planQuotas(scenarioCatalogue.all)) {
    let made = 0;
    for (let attempt = 0; made < count && attempt < count * ATTEMPTS_PER_EXAMPLE; attempt++) {
      const { text, acuity } = composeMessage(scenario, rng, scenarioCatalogue.minors);
      if (/[{}]/.test(text)) throw new Error(`unrendered token in ${scenario.id}: ${text}`);
      const key = dedupeKey(text);
      if (seen.has(key)) continue;
      seen.add(key);
      // A minor second complaint never outranks a red flag, so the family stays the scenario's.
      const family = acuity <= 2 ? scenario.family : null;
      out.push({
        text,
        acuity,
        family,
        scenarioId: scenario.id,
        hardNegative: scenario.hardNegative ?? null,
      });
      made++;
    }
  }
  return rng.shuffle(out);
}

/** Generates the training corpus for a seed: distinct texts, labelled with ESI acuity and family. */
export function generateCorpus(seed: number): CorpusExample[] {
  return generateTaggedCorpus(seed).map(({ text, acuity, family }) => ({ text, acuity, family }));
}
