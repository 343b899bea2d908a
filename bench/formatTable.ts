import type { BenchRow } from './BenchRow.js';

const figure = (n: number): string =>
  Number.isNaN(n)
    ? '-'
    : n >= 100
      ? Math.round(n).toLocaleString('en-US')
      : n >= 10
        ? n.toFixed(1)
        : n.toFixed(2);

const verdict = (met: boolean | null): string => (met === null ? '-' : met ? 'yes' : 'no');

/**
 * The benchmark table as Markdown: what, the seed's target, ours, the measured median
 * (min-max), and whether it meets the seed's target and ours.
 */
export function formatTable(rows: readonly BenchRow[]): string {
  const lines = [
    '| what | seed target | our target | measured: median (min-max) | met: seed / ours |',
    '|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.what} | ${r.seedTarget} | ${r.ourTarget} | ${figure(r.median)} ${r.unit} (${figure(r.min)}-${figure(r.max)}) | ${verdict(r.seedMet)} / ${verdict(r.met)} |`,
    ),
  ];
  return lines.join('\n');
}
