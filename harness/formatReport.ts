import { formatGoals } from './formatGoals.js';
import { formatScript } from './formatScript.js';
import type { PropertyReport } from './PropertyReport.js';
import type { StatisticsSummary } from './RunStatistics.js';

const STOPPED: Record<PropertyReport['stoppedBy'], string> = {
  runs: '',
  failure: '',
  time: ' (time budget reached)',
  coverage: ' (coverage target reached)',
};

/** The figures of a property run, as the lines `npm run props` prints. */
export function formatReport(r: PropertyReport): string {
  const head = `${r.failure ? 'FAIL' : 'ok  '} ${r.property}${r.variant ? ` [variant ${r.variant}]` : ''}`;
  const lines = [
    `${head}: ${r.runs} runs, ${r.steps} steps, ${Math.round(r.stepsPerSecond)} steps/s, ` +
      `${(r.durationMs / 1000).toFixed(2)} s, seed ${r.seed}, digest ${r.digest}${STOPPED[r.stoppedBy]}`,
  ];
  if (r.regressions.length > 0)
    lines.push(`     regression cases replayed first: ${r.regressions.length}`);
  if (r.guided) {
    const g = r.guided;
    lines.push(
      `     coverage-guided, target ${g.target}% of edges: ` +
        (g.reachedAtRun === null
          ? 'not reached within the budget'
          : `reached after ${g.reachedAtRun} runs`) +
        (g.walkUsesGuide
          ? ''
          : " (this property's walk ignores the guide: runs stopped, unbiased)"),
    );
  }
  for (const c of r.coverage) {
    const pairs = `pairs ${c.pairs.covered}/${c.pairs.total}${c.pairs.byInstance ? '' : ' (moves name no instance)'}`;
    lines.push(
      `     model ${c.machine}: states ${c.states.covered}/${c.states.total}, edges ${c.edges.covered}/${c.edges.total}, ` +
        `${pairs}, refusals seen ${c.refusals.seen}/${c.refusals.total}`,
    );
    // Why not for a single run (a replay): one trace leaves most edges untaken, and that is noise.
    if (r.runs > 1)
      for (const missing of c.missingEdges) lines.push(`       edge never taken: ${missing}`);
  }
  lines.push(...formatGoals(r.goals ?? []).map((l) => `     ${l}`));
  lines.push(...formatStatistics(r.statistics).map((l) => `     ${l}`));
  if (r.shrinkSteps > 0) lines.push(`     shrinking ran ${r.shrinkSteps} more steps`);
  if (r.failure) lines.push(formatFailure(r));
  return lines.join('\n');
}

/**
 * Steps per run, each label's values (most frequent first, as Hypothesis prints them) and each
 * measured quantity's distribution.
 */
export function formatStatistics(s: StatisticsSummary): string[] {
  if (s.runs === 0) return [];
  const d = s.stepsPerRun;
  const lines = [
    `steps per run: min ${d.min}, median ${d.median}, p90 ${d.p90}, max ${d.max}, mean ${d.mean.toFixed(1)}`,
  ];
  for (const label of s.labels) {
    const values = label.values
      .map((v) => `${v.value} ${percent(v.count, label.occurrences)}`)
      .join(', ');
    lines.push(
      `label ${label.name} (${label.occurrences} in ${percent(label.runs, s.runs)} of runs): ${values}`,
    );
  }
  for (const m of s.measures) {
    const d = m.distribution;
    lines.push(
      `measure ${m.name} (${m.samples} samples, total ${round(m.total)}): min ${round(d.min)}, median ${round(d.median)}, p90 ${round(d.p90)}, max ${round(d.max)}, mean ${round(d.mean)}`,
    );
  }
  return lines;
}

const round = (n: number): string => String(Math.round(n * 10) / 10);

/** A failure as a readable script with the failing step marked, and the command that replays it. */
export function formatFailure(r: PropertyReport): string {
  if (!r.failure) return '';
  const f = r.failure;
  return [
    `     ${f.error}`,
    f.script ? `     shrunk trace (${f.steps.length} steps):` : '',
    ...formatScript(f.script, f.detail).map((l) => `     ${l}`),
    f.shrinkLog ? `     shrink log: ${f.shrinkLog}` : '',
    f.replay ? `     replay: ${f.replay}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

function percent(part: number, whole: number): string {
  return `${whole === 0 ? 0 : ((100 * part) / whole).toFixed(1)}%`;
}
