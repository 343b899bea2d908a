import type { TaggedExample } from './generateCorpus.js';

/** Counts of a corpus by acuity, family and hard-negative kind. */
export type CorpusStats = {
  total: number;
  byAcuity: Record<string, number>;
  byFamily: Record<string, number>;
  byHardNegative: Record<string, number>;
  hardNegatives: number;
  scenarios: number;
};

function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** Tallies a tagged corpus. */
export function corpusStats(examples: readonly TaggedExample[]): CorpusStats {
  const stats: CorpusStats = {
    total: examples.length,
    byAcuity: {},
    byFamily: {},
    byHardNegative: {},
    hardNegatives: 0,
    scenarios: 0,
  };
  const scenarios = new Set<string>();
  for (const e of examples) {
    bump(stats.byAcuity, String(e.acuity));
    bump(stats.byFamily, e.family ?? 'null');
    scenarios.add(e.scenarioId);
    if (e.hardNegative) {
      stats.hardNegatives++;
      bump(stats.byHardNegative, e.hardNegative);
    }
  }
  stats.scenarios = scenarios.size;
  return stats;
}

function table(title: string, counts: Record<string, number>, total: number): string {
  const rows = Object.entries(counts)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, n]) => `| ${key} | ${n} | ${((100 * n) / total).toFixed(1)}% |`);
  return [`| ${title} | count | share |`, '|---|---:|---:|', ...rows].join('\n');
}

/** Renders stats as Markdown tables (the README quotes this output). */
export function formatStats(stats: CorpusStats): string {
  return [
    `${stats.total} distinct examples from ${stats.scenarios} scenarios; ${stats.hardNegatives} hard negatives.`,
    '',
    table('acuity', stats.byAcuity, stats.total),
    '',
    table('family', stats.byFamily, stats.total),
    '',
    table('hard negative', stats.byHardNegative, stats.total),
  ].join('\n');
}
