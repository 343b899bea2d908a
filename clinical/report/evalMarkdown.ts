import { markdownTable } from '../../training/markdownTable.js';
import { missedTargets } from '../evalTargets.js';
import { formatProportion } from '../formatProportion.js';
import type { EvalResult } from '../runEval.js';

/** The eval report as Markdown: a summary of every configuration, then each one in detail. */
export function evalMarkdown(results: readonly EvalResult[]): string {
  const summary = markdownTable(
    [
      'part',
      'configuration',
      'recall at required acuity',
      'recall at acuity <= 2',
      'over-triage',
      'told self-care',
      'targets',
    ],
    results.map((r) => [
      r.part,
      r.configuration,
      formatProportion(r.figures.recall.atRequired),
      formatProportion(r.figures.recall.escalated),
      formatProportion(r.figures.overTriage),
      String(r.figures.emergenciesToldSelfCare),
      missedTargets(r.figures).length === 0 ? 'met' : 'missed',
    ]),
  );
  return [
    '# Clinical reference set: triage evaluation',
    '',
    "Each vignette is the first message of a fresh conversation, sent through the system's",
    'public commands. Recall at the required acuity: escalated and triaged at least as urgent',
    'as the vignette requires. Intervals are exact (Clopper-Pearson) 95%.',
    '',
    summary,
    '',
    ...results.flatMap(detail),
  ].join('\n');
}

function detail(r: EvalResult): string[] {
  const f = r.figures;
  const missed = missedTargets(f);
  const families = markdownTable(
    ['family', 'at required acuity', 'at acuity <= 2'],
    [
      ...Object.entries(f.byFamily).map(([family, g]) => [
        family,
        formatProportion(g.atRequired),
        formatProportion(g.escalated),
      ]),
      ['hard items', formatProportion(f.hard.atRequired), formatProportion(f.hard.escalated)],
    ],
  );
  const kinds = markdownTable(
    ['benign kind', 'escalated'],
    Object.entries(f.overTriageByKind).map(([kind, p]) => [kind, formatProportion(p)]),
  );
  const confusion = markdownTable(
    ['required \\ final', '1', '2', '3', '4', '5'],
    (['1', '2', 'benign'] as const).map((row) => [row, ...f.confusion[row].map(String)]),
  );
  const misses = f.misses.map(
    (m) =>
      `\`${m.id}\` (${m.family}, needs ${m.required}, got ${m.got}${m.escalated ? '' : ', not escalated'})`,
  );
  const over = f.overTriaged.map((o) => `\`${o.id}\` (${o.kind}, got ${o.got})`);
  return [
    `## ${r.configuration} (${r.part} part, ${r.vignettes} vignettes)`,
    '',
    `${r.description}.`,
    '',
    `- recall at the required acuity: ${formatProportion(f.recall.atRequired)}`,
    `- recall at acuity <= 2: ${formatProportion(f.recall.escalated)}`,
    `- under-triage: ${formatProportion(f.underTriage)}`,
    `- over-triage of benign messages: ${formatProportion(f.overTriage)}`,
    `- emergencies told self-care: ${f.emergenciesToldSelfCare}`,
    `- targets: ${missed.length === 0 ? 'all met' : missed.join('; ')}`,
    '',
    families,
    '',
    kinds,
    '',
    confusion,
    '',
    `Misses (${misses.length}): ${misses.join(', ') || 'none'}`,
    '',
    `Over-triaged (${over.length}): ${over.join(', ') || 'none'}`,
    '',
  ];
}
