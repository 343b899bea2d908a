import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { anonymousRows } from './anonymousRows.js';
import { backupUnderLoadRows } from './backupUnderLoadRows.js';
import { emergencyToBoardRow } from './emergencyToBoardRow.js';
import { formatTable } from './formatTable.js';
import { histogramSvg } from './histogramSvg.js';
import { modelPredictRow } from './modelPredictRow.js';
import { operationsRows } from './operationsRows.js';
import { propertyEngineRows } from './propertyEngine.js';
import { benchmarksSection, withBenchmarksSection } from './readmeSection.js';
import { type RecoveryRun, recoveryRuns } from './recoveryRuns.js';
import { LOAD_PLANS, type LoadReport, runServerLoads } from './serverLoads.js';
import { type DashboardFigure, serverRows } from './serverRows.js';
import { triageRulesRows } from './triageRulesRows.js';

/** Our latency target per load, drawn on its histogram. */
const TARGET_MS: Record<string, number> = {
  chat: 50,
  'chat-paced': 50,
  'chat-group-commit': 50,
  inference: 100,
  'inference-group-commit': 100,
  notifications: 20,
  queue: 1000,
};

/** Each load: a warm-up, then three measured runs (their median goes in the table). */
const BUDGET = { runs: 3, durationMs: 2000, warmupMs: 500 };

const progress = (line: string) => process.stderr.write(`bench: ${line}\n`);

/**
 * `npm run bench`: the property engine, then each load against the real server, crash
 * recovery and the dashboard in the browser; prints one table, writes `bench/results.json`,
 * `bench/histograms/*.svg` and the README's Benchmarks section.
 */
async function main(): Promise<void> {
  const started = performance.now();
  const loadStart = loadavg()[0]!;
  let loadMax = loadStart;
  const sampler = setInterval(() => {
    loadMax = Math.max(loadMax, loadavg()[0]!);
  }, 2000);
  // Why one folder for every database: an interrupted run leaves nothing behind either (the
  // servers and drivers get the terminal's SIGINT themselves).
  const root = mkdtempSync(join(tmpdir(), 'medassist-bench-'));
  const interrupted = () => {
    rmSync(root, { recursive: true, force: true });
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    progress(`load average ${loadStart.toFixed(2)}; property engine first`);
    const engine = await propertyEngineRows();
    progress(`property engine: ${((performance.now() - started) / 1000).toFixed(0)} s`);
    const reports = await runServerLoads(LOAD_PLANS, BUDGET, root, progress);
    const recovery = await recoveryRuns(mkdtempSync(join(root, 'recovery-')), 3);
    progress('crash recovery done; restore time and the cost of /metrics');
    const operations = await operationsRows(mkdtempSync(join(root, 'operations-')));
    progress('a 100 MB database backed up online while 100 patients send');
    const backupLoad = await backupUnderLoadRows(mkdtempSync(join(root, 'backup-load-')));
    progress('recovery done; the dashboard in the browser');
    const dashboard = await browserDashboard();
    const emergency = await emergencyToBoardRow();
    const version = reports.find((r) => r.modelVersion !== null)?.modelVersion;
    const model = version ? [modelPredictRow(version)] : [];
    const rules = triageRulesRows();
    progress('anonymous requests under the sign-in limits');
    const anonymous = await anonymousRows();
    const rows = [
      ...engine,
      ...rules,
      ...anonymous,
      ...serverRows(reports, recovery, dashboard),
      emergency,
      ...operations,
      ...backupLoad,
      ...model,
    ];
    const table = formatTable(rows);
    process.stdout.write(`${table}\n`);
    const totalSeconds = (performance.now() - started) / 1000;
    const loadAverage = { start: loadStart, end: loadavg()[0]!, max: loadMax };
    writeResults(rows, reports, recovery, dashboard, { loadAverage, totalSeconds });
    writeHistograms(reports);
    const readme = readFileSync('README.md', 'utf8');
    const section = benchmarksSection({
      table,
      date: new Date().toISOString().slice(0, 16).replace('T', ' '),
      node: process.version,
      cores: availableParallelism(),
      loadAverage,
      totalSeconds,
      budget: BUDGET,
    });
    writeFileSync('README.md', withBenchmarksSection(readme, section));
    progress(
      `${(totalSeconds / 60).toFixed(1)} minutes; load average ${loadStart.toFixed(2)} to ${loadAverage.end.toFixed(2)} (highest ${loadMax.toFixed(2)})`,
    );
  } finally {
    clearInterval(sampler);
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    rmSync(root, { recursive: true, force: true });
  }
}

/** The dashboard page's load time, if the page and a browser are there to measure it. */
async function browserDashboard(): Promise<DashboardFigure | { error: string }> {
  try {
    const { measureDashboardLoad } = await import('../web/measureDashboardLoad.js');
    const load = await measureDashboardLoad({ cases: 1000, loads: 5 });
    return { loadsMs: load.loadsMs, rows: load.rows, cases: load.cases };
  } catch (error) {
    return { error: (error as Error).message.split('\n')[0]!.slice(0, 120) };
  }
}

function writeResults(
  rows: unknown[],
  reports: readonly LoadReport[],
  recovery: readonly RecoveryRun[],
  dashboard: DashboardFigure | { error: string },
  run: { loadAverage: { start: number; end: number; max: number }; totalSeconds: number },
): void {
  mkdirSync('bench', { recursive: true });
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    cores: availableParallelism(),
    // Why recorded: the machine is shared, and every figure moves with its load.
    loadAverage: run.loadAverage,
    totalSeconds: run.totalSeconds,
    rows,
    loads: reports.map(({ histogram: _, ...report }) => report),
    recovery,
    dashboard,
  };
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
}

function writeHistograms(reports: readonly LoadReport[]): void {
  mkdirSync('bench/histograms', { recursive: true });
  for (const report of reports) {
    const median = (pick: 'p50' | 'p99') => {
      const values = report.runs.map((r) => r[pick]).sort((a, b) => a - b);
      return values[Math.floor(values.length / 2)] ?? Number.NaN;
    };
    const target = TARGET_MS[report.plan.name];
    const marks = [
      { label: 'p50', ms: median('p50'), color: '#2a7d2a' },
      { label: 'p99', ms: median('p99'), color: '#c0392b' },
      ...(target === undefined ? [] : [{ label: 'target', ms: target, color: '#333333' }]),
    ];
    writeFileSync(
      `bench/histograms/${report.plan.name}.svg`,
      histogramSvg({ title: report.plan.title, counts: report.histogram, marks }),
    );
  }
}

await main();
