import type { BenchRow } from './BenchRow.js';

const figure = (n: number): string =>
  Number.isNaN(n)
    ? '-'
    : n >= 100
      ? Math.round(n).toLocaleString('en-US')
      : n >= 10
        ? n.toFixed(1)
        : n.toFixed(2);

/** The benchmark table as Markdown: what, the seed's target, ours, and the measured median (min-max). */
export function formatTable(rows: readonly BenchRow[]): string {
  const lines = [
    '| what | seed target | our target | measured: median (min-max) | met |',
    '|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.what} | ${r.seedTarget} | ${r.ourTarget} | ${figure(r.median)} ${r.unit} (${figure(r.min)}-${figure(r.max)}) | ${r.met === null ? '' : r.met ? 'yes' : 'no'} |`,
    ),
  ];
  return lines.join('\n');
}
