import { randomInt } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startVitest } from 'vitest/node';
import { formatReport } from '../harness/formatReport.js';
import { PROPS_ENV } from '../harness/PropsOptions.js';
import type { PropertyReport } from '../harness/runProperty.js';
import { parsePropsArgs, USAGE, UsageError } from './parsePropsArgs.js';

const REPORT_DIR = join('reports', 'props');

/** `npm run props`: runs the properties through vitest with the given budget, then prints. */
async function main(argv: readonly string[]): Promise<number> {
  let parsed: ReturnType<typeof parsePropsArgs>;
  try {
    parsed = parsePropsArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`npm run props: ${e.message}\n${USAGE}\n`);
    return 2;
  }
  if (parsed === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.replay !== undefined && !existsSync(parsed.replay)) {
    process.stderr.write(`npm run props: no shrink log at ${parsed.replay}\n`);
    return 2;
  }
  const options = {
    ...parsed,
    seed: parsed.seed ?? randomInt(0x7fffffff),
    ...(parsed.runs === undefined && parsed.time === undefined ? { runs: 1000 } : {}),
    reportDir: REPORT_DIR,
  };
  rmSync(REPORT_DIR, { recursive: true, force: true });
  process.env[PROPS_ENV] = JSON.stringify(options);
  process.stdout.write(
    `npm run props: seed ${options.seed}${options.replay ? `, replaying ${options.replay}` : ''}\n`,
  );

  const vitest = await startVitest('test', ['.props.ts'], { watch: false, reporters: ['dot'] });
  const failed = (vitest.state.getCountOfFailedTests?.() ?? 0) > 0 || process.exitCode === 1;
  await vitest.close();

  process.stdout.write('\n');
  for (const report of readReports()) process.stdout.write(`${formatReport(report)}\n`);
  return failed ? 1 : 0;
}

function readReports(): PropertyReport[] {
  if (!existsSync(REPORT_DIR)) return [];
  return readdirSync(REPORT_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(REPORT_DIR, f), 'utf8')) as PropertyReport);
}

process.exitCode = await main(process.argv.slice(2));
