import type { Proportion } from './clopperPearson.js';

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

/** `97.2% (250/257, 94.5-98.9%)`: the rate, the counts and the exact 95% interval. */
export function formatProportion(p: Proportion): string {
  if (p.rate === null) return 'n/a (0 items)';
  return `${pct(p.rate)} (${p.successes}/${p.trials}, ${pct(p.lower)}-${pct(p.upper)})`;
}

/** A rate alone, as a percentage with one decimal. */
export const formatRate = (x: number | null): string => (x === null ? 'n/a' : pct(x));
