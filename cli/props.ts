import { randomInt } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { coverageHtml } from '../harness/coverageHtml.js';
import { coverageMarkdown } from '../harness/coverageMarkdown.js';
import { formatReport } from '../harness/formatReport.js';
import { formatShrinkLog } from '../harness/formatShrinkLog.js';
import type { PropertyReport } from '../harness/PropertyReport.js';
import { PROPS_ENV } from '../harness/PropsOptions.js';
import { readCommit } from '../harness/readCommit.js';
import { ShrinkLog } from '../harness/ShrinkLog.js';
import { coverageMapFile } from '../harness/writePropertyReport.js';
import { type PropsArgs, parsePropsArgs, USAGE, UsageError } from './parsePropsArgs.js';
import { resolveRunOptions } from './resolveRunOptions.js';

const REPORT_DIR = join('reports', 'props');

/** The reports vitest writes for a run, by reporter name (several reporters, one run). */
const OUTPUT_FILES = {
  json: join(REPORT_DIR, 'vitest.json'),
  junit: join(REPORT_DIR, 'junit.xml'),
  html: join(REPORT_DIR, 'html', 'index.html'),
};

/** `npm run props`: runs the properties through vitest with the given budget, then prints. */
async function main(argv: readonly string[]): Promise<number> {
  let args: PropsArgs | 'help';
  let resolved: ReturnType<typeof resolveRunOptions>;
  try {
    args = parsePropsArgs(argv);
    if (args === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    for (const file of [args.replay, args.show]) {
      if (file !== undefined && !existsSync(file)) throw new UsageError(`no shrink log at ${file}`);
    }
    if (args.show !== undefined) return show(args.show);
    resolved = resolveRunOptions(args, {
      commit: args.ci ? readCommit() : null,
      freshSeed: () => randomInt(0x7fffffff),
      stderrIsTTY: process.stderr.isTTY === true,
    });
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`npm run props: ${e.message}\n${USAGE}\n`);
    return 2;
  }
  const options = { ...resolved.options, reportDir: REPORT_DIR };
  rmSync(REPORT_DIR, { recursive: true, force: true });
  process.env[PROPS_ENV] = JSON.stringify(options);
  process.stdout.write(`npm run props: ${describeRun(options, resolved.seedNote)}\n`);

  // Why a late import: vitest takes a second to load, and a usage error should not wait for it.
  const { startVitest } = await import('vitest/node');
  const vitest = await startVitest('test', ['.props.ts'], {
    watch: false,
    reporters: ['dot', 'json', 'junit', 'html'],
    outputFile: OUTPUT_FILES,
  });
  const failed = (vitest.state.getCountOfFailedTests?.() ?? 0) > 0 || process.exitCode === 1;
  await vitest.close();

  process.stdout.write('\n');
  const reports = readReports();
  for (const report of reports) process.stdout.write(`${formatReport(report)}\n`);
  process.stdout.write(`${writeCoverageReports(reports)}\n`);
  if (reports.length === 0 && (options.property !== undefined || options.replay !== undefined)) {
    // Why fail: a misspelt --property, or a log of no registered property, would pass silently.
    const asked = options.replay ?? `--property ${options.property}`;
    process.stderr.write(`npm run props: no property ran for ${asked}\n`);
    return 1;
  }
  return failed ? 1 : 0;
}

/** `--show FILE`: the stored failure as a script, without running anything. */
function show(file: string): number {
  const parsed = ShrinkLog.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    process.stderr.write(`npm run props: ${file} is not a shrink log: ${parsed.error.message}\n`);
    return 1;
  }
  process.stdout.write(`${formatShrinkLog(file, parsed.data)}\n`);
  return 0;
}

function describeRun(o: PropsArgs, seedNote: string): string {
  if (o.replay !== undefined) return `replaying ${o.replay}`;
  const parts = [
    `seed ${o.seed} (${seedNote})`,
    o.runs !== undefined ? `${o.runs} runs` : '',
    o.time !== undefined ? `${o.time} s` : '',
    o.maxSteps !== undefined ? `traces up to ${o.maxSteps} steps` : '',
    o.untilCoverage !== undefined ? `until ${o.untilCoverage}% of edges covered` : '',
    o.shard ? `shard ${o.shard.index}/${o.shard.count}` : '',
  ];
  return `${parts.filter(Boolean).join(', ')} per property`;
}

/** Writes the coverage report (Markdown and self-contained HTML); returns the lines naming every report. */
function writeCoverageReports(reports: readonly PropertyReport[]): string {
  const mapOf = (property: string, machine: string) =>
    relative(REPORT_DIR, coverageMapFile(REPORT_DIR, property, machine));
  const svgOf = (property: string, machine: string) => {
    const file = coverageMapFile(REPORT_DIR, property, machine);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
  const markdown = join(REPORT_DIR, 'coverage.md');
  const html = join(REPORT_DIR, 'coverage.html');
  writeFileSync(markdown, coverageMarkdown(reports, mapOf));
  writeFileSync(html, coverageHtml(reports, svgOf));
  return [
    'reports:',
    `  model coverage  ${html} (open it), ${markdown}`,
    `  JUnit XML       ${OUTPUT_FILES.junit}`,
    `  JSON            ${OUTPUT_FILES.json}`,
    `  HTML            ${OUTPUT_FILES.html} (view: npx vite preview --outDir ${join(REPORT_DIR, 'html')})`,
  ].join('\n');
}

function readReports(): PropertyReport[] {
  if (!existsSync(REPORT_DIR)) return [];
  return readdirSync(REPORT_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'vitest.json')
    .sort()
    .map((f) => JSON.parse(readFileSync(join(REPORT_DIR, f), 'utf8')) as PropertyReport);
}

process.exitCode = await main(process.argv.slice(2));
