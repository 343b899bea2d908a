import type { PropertyReport } from './runProperty.js';

/** The figures of a property run, as the lines `npm run props` prints. */
export function formatReport(r: PropertyReport): string {
  const head = `${r.failure ? 'FAIL' : 'ok  '} ${r.property}${r.variant ? ` [variant ${r.variant}]` : ''}`;
  const lines = [
    `${head}: ${r.runs} runs, ${r.steps} steps, ${Math.round(r.stepsPerSecond)} steps/s, ` +
      `${(r.durationMs / 1000).toFixed(2)} s, seed ${r.seed}, digest ${r.digest}${r.interrupted ? ' (time budget reached)' : ''}`,
  ];
  for (const c of r.coverage) {
    lines.push(
      `     model ${c.machine}: states ${c.states.covered}/${c.states.total}, edges ${c.edges.covered}/${c.edges.total}, ` +
        `refusals seen ${c.refusals.seen}/${c.refusals.total}`,
    );
    for (const missing of c.missingEdges) lines.push(`       edge never taken: ${missing}`);
  }
  if (r.failure) lines.push(formatFailure(r));
  return lines.join('\n');
}

/** A failure as a readable script, the error, and the one command that replays it. */
export function formatFailure(r: PropertyReport): string {
  if (!r.failure) return '';
  const f = r.failure;
  return [
    `     ${f.error}`,
    '     shrunk trace:',
    f.script.replace(/^/gm, '     '),
    f.shrinkLog ? `     shrink log: ${f.shrinkLog}` : '',
    `     replay: ${f.replay}`,
  ]
    .filter(Boolean)
    .join('\n');
}
