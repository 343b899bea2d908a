import { escapeHtml } from './escapeHtml.js';
import { formatGoals } from './formatGoals.js';
import { formatStatistics } from './formatReport.js';
import type { PropertyReport } from './PropertyReport.js';

/** The SVG of a model's coverage map, or undefined when none was drawn. */
export type MapSvg = (property: string, machine: string) => string | undefined;

/**
 * The model coverage report as one self-contained HTML page (the coverage maps inline), for
 * opening straight from disk; vitest's HTML report carries the same maps as attachments.
 */
export function coverageHtml(reports: readonly PropertyReport[], svgOf: MapSvg): string {
  const sections = reports.map((r) => {
    const models = r.coverage.map((c) => {
      const svg = svgOf(r.property, c.machine) ?? '<p>(no map drawn)</p>';
      const missing = [
        ...c.missingEdges.map((e) => `edge never taken: ${e}`),
        ...c.missingPairs.map((p) => `pair never taken: ${p}`),
        ...c.missingRefusals.map((x) => `refusal never seen: ${x}`),
      ];
      return [
        `<h3>${escapeHtml(c.machine)}</h3>`,
        `<p>states ${c.states.covered}/${c.states.total}, edges ${c.edges.covered}/${c.edges.total}, ` +
          `transition pairs ${c.pairs.covered}/${c.pairs.total}, refusals seen ${c.refusals.seen}/${c.refusals.total}</p>`,
        `<div class="map">${svg.replace(/^<\?xml[^>]*>\s*/, '').replace(/<!DOCTYPE[^>]*>\s*/, '')}</div>`,
        missing.length
          ? `<ul>${missing.map((m) => `<li><code>${escapeHtml(m)}</code></li>`).join('')}</ul>`
          : '',
      ].join('\n');
    });
    const stats = formatStatistics(r.statistics).map((s) => `<li>${escapeHtml(s)}</li>`);
    const goals = formatGoals(r.goals ?? []).map((g) => `<li>${escapeHtml(g)}</li>`);
    return [
      `<h2>${escapeHtml(r.property)}${r.variant ? ` [variant ${escapeHtml(r.variant)}]` : ''}</h2>`,
      `<p class="${r.failure ? 'fail' : 'ok'}">${r.failure ? 'FAILED' : 'passed'}: ${r.runs} runs, ${r.steps} steps, seed ${r.seed}, stopped by ${r.stoppedBy}</p>`,
      goals.length ? `<h3>Data coverage</h3><ul>${goals.join('')}</ul>` : '',
      ...models,
      stats.length ? `<h3>Statistics</h3><ul>${stats.join('')}</ul>` : '',
    ].join('\n');
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Model coverage</title>
<style>body{font:14px/1.4 system-ui,sans-serif;margin:2em;max-width:1100px}
.map svg{max-width:100%;height:auto}.fail{color:#d62728}.ok{color:#2ca02c}code{font-size:12px}</style>
</head><body><h1>Model coverage</h1>
${sections.join('\n') || '<p>No property ran.</p>'}
</body></html>
`;
}
