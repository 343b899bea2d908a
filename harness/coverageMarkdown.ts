import { formatStatistics } from './formatReport.js';
import type { CoverageSummary } from './ModelCoverage.js';
import type { PropertyReport } from './PropertyReport.js';

/**
 * The model coverage report, per property and model, in Markdown: states, edges, transition
 * pairs and refusals covered out of the machine's total, how often each edge was taken, what
 * was never exercised, and the labelled statistics of the runs.
 */
export function coverageMarkdown(reports: readonly PropertyReport[], mapOf: MapLink): string {
  const out = ['# Model coverage', ''];
  if (reports.length === 0) out.push('No property ran.', '');
  for (const r of reports) {
    const variant = r.variant ? ` [variant ${r.variant}]` : '';
    out.push(
      `## ${r.property}${variant}`,
      '',
      `${r.failure ? 'FAILED' : 'passed'}: ${r.runs} runs, ${r.steps} steps, seed ${r.seed}, stopped by ${r.stoppedBy}.`,
      '',
      '| model | states | edges | transition pairs | refusals seen |',
      '|---|---|---|---|---|',
      ...r.coverage.map(
        (c) =>
          `| ${c.machine} | ${c.states.covered}/${c.states.total} | ${c.edges.covered}/${c.edges.total} | ` +
          `${c.pairs.covered}/${c.pairs.total}${c.pairs.byInstance ? '' : ' (one instance assumed)'} | ` +
          `${c.refusals.seen}/${c.refusals.total} |`,
      ),
      '',
    );
    const goals = r.goals ?? [];
    if (goals.length > 0)
      out.push(
        '### Data coverage: sometimes-goals and boundary classes',
        '',
        '| goal | kind | runs reaching it | steps |',
        '|---|---|---|---|',
        ...goals.map(
          (g) => `| ${g.name} | ${g.kind} | ${g.runs === 0 ? '**never**' : g.runs} | ${g.steps} |`,
        ),
        '',
      );
    for (const c of r.coverage) out.push(...modelSection(r.property, c, mapOf));
    const stats = formatStatistics(r.statistics);
    if (stats.length > 0) out.push('### Statistics', '', ...stats.map((s) => `- ${s}`), '');
  }
  return out.join('\n');
}

/** The link to a model's coverage map, relative to the report. */
export type MapLink = (property: string, machine: string) => string;

function modelSection(property: string, c: CoverageSummary, mapOf: MapLink): string[] {
  const edges = Object.entries(c.edgeCounts).sort((a, b) => b[1] - a[1]);
  return [
    `### ${c.machine}`,
    '',
    `![coverage map of ${c.machine}](${mapOf(property, c.machine)})`,
    '',
    '| edge | times taken |',
    '|---|---|',
    ...edges.map(([edge, n]) => `| \`${edge}\` | ${n} |`),
    ...c.missingEdges.map((edge) => `| \`${edge}\` | **never** |`),
    '',
    ...list('Transition pairs never taken', c.missingPairs),
    ...list('Refusals never seen', c.missingRefusals),
  ];
}

function list(title: string, items: readonly string[]): string[] {
  if (items.length === 0) return [];
  return [`${title} (${items.length}):`, '', ...items.map((i) => `- \`${i}\``), ''];
}
