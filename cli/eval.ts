import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { evalConfigurations } from '../clinical/evalConfigurations.js';
import { checkFloors, readFloors, writeFloors } from '../clinical/evalFloors.js';
import { missedTargets } from '../clinical/evalTargets.js';
import { formatProportion } from '../clinical/formatProportion.js';
import type { SetPart } from '../clinical/readVignettes.js';
import { evalHtml } from '../clinical/report/evalHtml.js';
import { evalMarkdown } from '../clinical/report/evalMarkdown.js';
import { runEval } from '../clinical/runEval.js';

const USAGE = `npm run eval [-- options]
  --part dev|locked|all   which part of the reference set (default: all)
  --config TEXT           only configurations whose name contains TEXT
  --write-floors          write the locked part's figures as the new floors (a ratchet)
  --lower-floors          with --write-floors: allow a floor to fall (review it!)
  --out DIR               where the reports go (default: reports/eval)
  --help`;

/** `npm run eval`: the triage, in every configuration, against the clinical reference set. */
async function main(): Promise<number> {
  let values: ReturnType<typeof parse>;
  try {
    values = parse();
  } catch (e) {
    process.stderr.write(`npm run eval: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const part = values.part;
  if (part !== 'dev' && part !== 'locked' && part !== 'all') {
    process.stderr.write(`npm run eval: --part must be dev, locked or all\n${USAGE}\n`);
    return 2;
  }
  const parts: SetPart[] = part === 'all' ? ['dev', 'locked'] : [part];
  const configurations = evalConfigurations().filter(
    (c) => values.config === undefined || c.name.includes(values.config),
  );
  const started = process.hrtime.bigint();
  const results = await runEval(parts, configurations);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  mkdirSync(values.out, { recursive: true });
  writeFileSync(join(values.out, 'eval.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(values.out, 'eval.md'), evalMarkdown(results));
  writeFileSync(join(values.out, 'eval.html'), evalHtml(results));

  for (const r of results) {
    const f = r.figures;
    const missed = missedTargets(f);
    process.stdout.write(
      [
        `${r.part} | ${r.configuration} (${r.vignettes} vignettes)`,
        `  recall at required acuity ${formatProportion(f.recall.atRequired)}`,
        `  recall at acuity <= 2     ${formatProportion(f.recall.escalated)}`,
        `  over-triage               ${formatProportion(f.overTriage)}`,
        `  emergencies told self-care ${f.emergenciesToldSelfCare}`,
        `  per family (at required): ${Object.entries(f.byFamily)
          .map(([k, g]) => `${k} ${g.atRequired.successes}/${g.atRequired.trials}`)
          .join(', ')}`,
        `  hard items ${formatProportion(f.hard.atRequired)}`,
        `  targets: ${missed.length === 0 ? 'met' : missed.join('; ')}`,
        '',
      ].join('\n'),
    );
  }
  process.stdout.write(
    `${results.length} runs in ${seconds.toFixed(1)} s; reports in ${values.out}/\n`,
  );
  if (values['write-floors']) {
    writeFloors(results, { lower: values['lower-floors'] });
    process.stdout.write('floors written to clinical/evalFloors.json\n');
  } else if (parts.includes('locked')) {
    const { broken, stale } = checkFloors(results, readFloors());
    for (const b of broken) process.stdout.write(`FLOOR BROKEN: ${b}\n`);
    for (const s of stale) process.stdout.write(`floor can rise: ${s}\n`);
  }
  return 0;
}

function parse() {
  return parseArgs({
    options: {
      part: { type: 'string', default: 'all' },
      config: { type: 'string' },
      'write-floors': { type: 'boolean', default: false },
      'lower-floors': { type: 'boolean', default: false },
      out: { type: 'string', default: join('reports', 'eval') },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  }).values;
}

process.exitCode = await main();
