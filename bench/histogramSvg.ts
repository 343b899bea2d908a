import { BUCKET_EDGES_MS } from './loads/LatencySummary.js';

/** What a histogram shows: its title, the counts per bucket, and lines to mark. */
export interface HistogramPlot {
  title: string;
  /** Counts per bucket of `BUCKET_EDGES_MS`, plus one for anything slower. */
  counts: readonly number[];
  /** Vertical lines, e.g. `{ label: 'p99', ms: 41 }` or the target. */
  marks: ReadonlyArray<{ label: string; ms: number; color: string }>;
}

const WIDTH = 720;
const HEIGHT = 300;
const LEFT = 60;
const RIGHT = 20;
const TOP = 48;
const BOTTOM = 50;

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A latency histogram as a standalone SVG: logarithmic buckets (ten a decade, 0.1 ms to 10 s)
 * on the x axis, requests per bucket on the y axis, with marked latencies as vertical lines.
 */
export function histogramSvg(plot: HistogramPlot): string {
  const buckets = plot.counts.length;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const barWidth = plotWidth / buckets;
  const highest = Math.max(1, ...plot.counts);
  const total = plot.counts.reduce((a, b) => a + b, 0);
  // Bucket k covers (edge[k-1], edge[k]]: 10^((k-11)/10) to 10^((k-10)/10) ms.
  const xOf = (ms: number) =>
    LEFT + Math.min(buckets, Math.max(0, (Math.log10(ms) + 1) * 10 + 1)) * barWidth;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="11">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="white"/>`,
    `<text x="${LEFT}" y="20" font-size="13" font-weight="bold">${escapeXml(plot.title)}</text>`,
    `<text x="${WIDTH - RIGHT}" y="20" text-anchor="end">${total.toLocaleString('en-US')} samples</text>`,
  ];
  plot.counts.forEach((count, k) => {
    if (count === 0) return;
    const h = (count / highest) * plotHeight;
    const x = LEFT + k * barWidth;
    parts.push(
      `<rect x="${x.toFixed(1)}" y="${(TOP + plotHeight - h).toFixed(1)}" width="${(barWidth - 1).toFixed(1)}" height="${h.toFixed(1)}" fill="#4a78b0"><title>${bucketLabel(k)}: ${count}</title></rect>`,
    );
  });
  const axisY = TOP + plotHeight;
  parts.push(
    `<line x1="${LEFT}" y1="${axisY}" x2="${WIDTH - RIGHT}" y2="${axisY}" stroke="black"/>`,
  );
  parts.push(`<line x1="${LEFT}" y1="${TOP}" x2="${LEFT}" y2="${axisY}" stroke="black"/>`);
  for (const [ms, label] of [
    [0.1, '0.1 ms'],
    [1, '1 ms'],
    [10, '10 ms'],
    [100, '100 ms'],
    [1000, '1 s'],
    [10_000, '10 s'],
  ] as const) {
    const x = xOf(ms);
    parts.push(`<line x1="${x}" y1="${axisY}" x2="${x}" y2="${axisY + 5}" stroke="black"/>`);
    parts.push(`<text x="${x}" y="${axisY + 18}" text-anchor="middle">${label}</text>`);
  }
  parts.push(
    `<text x="${LEFT + plotWidth / 2}" y="${HEIGHT - 8}" text-anchor="middle">latency (log scale)</text>`,
  );
  parts.push(`<text x="${LEFT - 6}" y="${TOP + 4}" text-anchor="end">${highest}</text>`);
  parts.push(`<text x="${LEFT - 6}" y="${axisY}" text-anchor="end">0</text>`);
  // Why a legend and not labels by the lines: lines close together would overprint theirs.
  let legendX = LEFT;
  for (const mark of plot.marks) {
    if (!Number.isFinite(mark.ms) || mark.ms <= 0) continue;
    const x = xOf(mark.ms).toFixed(1);
    parts.push(
      `<line x1="${x}" y1="${TOP}" x2="${x}" y2="${axisY}" stroke="${mark.color}" stroke-dasharray="4 3"/>`,
    );
    const label = `${mark.label} ${formatMs(mark.ms)}`;
    parts.push(
      `<line x1="${legendX}" y1="${TOP - 12}" x2="${legendX + 14}" y2="${TOP - 12}" stroke="${mark.color}" stroke-dasharray="4 3"/>`,
      `<text x="${legendX + 18}" y="${TOP - 8}" fill="${mark.color}">${escapeXml(label)}</text>`,
    );
    legendX += 30 + label.length * 6;
  }
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

function bucketLabel(k: number): string {
  const upper = BUCKET_EDGES_MS[k];
  const lower = k === 0 ? 0 : BUCKET_EDGES_MS[k - 1]!;
  return upper === undefined ? `> ${formatMs(lower)}` : `${formatMs(lower)} to ${formatMs(upper)}`;
}

const formatMs = (ms: number): string =>
  ms >= 1000
    ? `${(ms / 1000).toFixed(2)} s`
    : ms >= 10
      ? `${ms.toFixed(0)} ms`
      : `${ms.toFixed(2)} ms`;
