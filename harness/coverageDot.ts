import type { CoverageSummary } from './ModelCoverage.js';
import { parseEdge } from './parseEdge.js';

const NEVER = '#d62728';
const LIGHT = [0xb8, 0xd0, 0xe8];
const DARK = [0x08, 0x30, 0x6b];

/**
 * A machine's coverage map in Graphviz DOT: each edge labelled with its event and how often
 * the runs took it, shaded from light (the rarest taken) to dark (the most taken); edges never
 * taken are red and dashed, and so are states never reached.
 */
export function coverageDot(c: CoverageSummary): string {
  const taken = Object.entries(c.edgeCounts);
  const edges = [...taken, ...c.missingEdges.map((key) => [key, 0] as [string, number])]
    .map(([key, count]) => ({ ...parseEdge(key), count }))
    .sort((a, b) => a.key.localeCompare(b.key));
  const counts = taken.map(([, n]) => n);
  const scale = { min: Math.min(...counts), max: Math.max(...counts) };
  const total = counts.reduce((n, x) => n + x, 0);
  const reached = new Set([c.initial]);
  for (const e of edges) if (e.count > 0) reached.add(e.from).add(e.to);
  const states = [...new Set([c.initial, ...edges.flatMap((e) => [e.from, e.to])])].sort();
  const title =
    `${c.machine}: states ${c.states.covered}/${c.states.total}, edges ${c.edges.covered}/${c.edges.total}, ` +
    `pairs ${c.pairs.covered}/${c.pairs.total}, refusals ${c.refusals.seen}/${c.refusals.total}`;
  return [
    `digraph ${quote(c.machine)} {`,
    '  rankdir=LR; nodesep=0.5; ranksep=0.9; bgcolor="transparent";',
    `  labelloc=t; fontname="Helvetica"; label=${quote(title)};`,
    '  node [shape=box, style="rounded,filled", fillcolor="#f4f6f8", fontname="Helvetica", fontsize=11];',
    '  edge [fontname="Helvetica", fontsize=10];',
    '  "__start" [shape=point, width=0.12, label=""];',
    `  "__start" -> ${quote(c.initial)};`,
    ...states.map((s) =>
      reached.has(s)
        ? `  ${quote(s)};`
        : `  ${quote(s)} [color=${quote(NEVER)}, fontcolor=${quote(NEVER)}, style="rounded,dashed"];`,
    ),
    ...edges.map((e) => {
      const style =
        e.count === 0
          ? `label=${quote(`${e.type}\nnever taken`)}, color=${quote(NEVER)}, fontcolor=${quote(NEVER)}, style=dashed, penwidth=1.5`
          : takenStyle(e.type, e.count, total, shade(e.count, scale));
      return `  ${quote(e.from)} -> ${quote(e.to)} [${style}];`;
    }),
    '}',
    '',
  ].join('\n');
}

/**
 * Where a count lies between the rarest and the most taken edge, in [0.15, 1]. Why a log
 * scale: edge counts span orders of magnitude, and linear shading would hide the rare ones.
 */
export function shade(count: number, scale: { min: number; max: number }): number {
  if (scale.max <= scale.min) return 1;
  const t = (Math.log(count) - Math.log(scale.min)) / (Math.log(scale.max) - Math.log(scale.min));
  return 0.15 + 0.85 * Math.min(1, Math.max(0, t));
}

function takenStyle(type: string, count: number, total: number, t: number): string {
  const color = LIGHT.map((l, i) =>
    Math.round(l + (DARK[i]! - l) * t)
      .toString(16)
      .padStart(2, '0'),
  ).join('');
  const share = ((100 * count) / total).toFixed(1);
  return `label=${quote(`${type}\n×${count} (${share}%)`)}, color="#${color}", penwidth=${(1 + 3 * t).toFixed(2)}`;
}

function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}
