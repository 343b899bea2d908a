import { type BenchRow, benchRow } from './BenchRow.js';
import type { LatencySummary } from './loads/LatencySummary.js';
import type { RecoveryRun } from './recoveryRuns.js';
import type { LoadReport } from './serverLoads.js';

/** The browser's figure, when the dashboard page could be measured. */
export interface DashboardFigure {
  loadsMs: number[];
  rows: number;
  cases: number;
}

type Pick = keyof Omit<LatencySummary, 'histogram'>;

const below = (limit: number) => (m: number) => m < limit;
const atLeast = (limit: number) => (m: number) => m >= limit;

/**
 * The table's rows for the loads over the real server, the crash recovery and the browser:
 * each a median over runs, judged against the seed's target and ours (DESIGN section 8).
 */
export function serverRows(
  reports: readonly LoadReport[],
  recovery: readonly RecoveryRun[],
  dashboard: DashboardFigure | { error: string },
): BenchRow[] {
  const byName = new Map(reports.map((r) => [r.plan.name, r]));
  const rows: BenchRow[] = [];
  const add = (
    name: string,
    what: string,
    pick: Pick,
    unit: string,
    targets: {
      seed: string;
      ours: string;
      seedMeets?: (m: number) => boolean;
      meets?: (m: number) => boolean;
    },
  ) => {
    const report = byName.get(name);
    if (!report) return;
    const errors = report.runs.reduce((sum, run) => sum + run.errors, 0);
    const failed = errors > 0 ? `; ${errors} failed` : '';
    const degraded = report.serving?.breakers.some((b) => !b.endsWith(': closed'))
      ? `; a breaker opened (${report.serving.breakers.join(', ')})`
      : '';
    rows.push(
      benchRow(
        `${what}${failed}${degraded}`,
        targets.seed,
        targets.ours,
        report.runs.map((run) => run[pick]),
        unit,
        targets.meets ?? null,
        targets.seedMeets ?? null,
      ),
    );
  };
  const chat = { seed: '< 2.5 s', seedMeets: below(2500) };
  add('chat', 'chat turn p50, 100 patients sending back to back, HTTP, model, FULL', 'p50', 'ms', {
    ...chat,
    ours: '(p99 only)',
  });
  add('chat', 'chat turn p95, same load', 'p95', 'ms', { ...chat, ours: '(p99 only)' });
  add('chat', 'chat turn p99, same load', 'p99', 'ms', {
    ...chat,
    ours: 'p99 < 50 ms',
    meets: below(50),
  });
  add('chat', 'chat turns/s, same load', 'perSecond', '/s', { seed: '-', ours: '-' });
  const paced = 'chat turn %, 100 patients each sending about every 1 s, FULL';
  add('chat-paced', paced.replace('%', 'p50'), 'p50', 'ms', { ...chat, ours: '(p99 only)' });
  add('chat-paced', paced.replace('%', 'p99'), 'p99', 'ms', {
    ...chat,
    ours: 'p99 < 50 ms',
    meets: below(50),
  });
  add('chat-group-commit', 'chat turn p99, same load, group commit', 'p99', 'ms', {
    ...chat,
    ours: 'p99 < 50 ms',
    meets: below(50),
  });
  add('chat-group-commit', 'chat turns/s, same load, group commit', 'perSecond', '/s', {
    seed: '-',
    ours: '-',
  });
  const inference = { seed: '< 1.5 s', seedMeets: below(1500) };
  add('inference', 'inference p50, 500 concurrent (sendMessage triage, model, FULL)', 'p50', 'ms', {
    ...inference,
    ours: '(p99 only)',
  });
  add('inference', 'inference p99, same load', 'p99', 'ms', {
    ...inference,
    ours: 'p99 < 100 ms',
    meets: below(100),
  });
  add('inference', 'inferences/s, same load', 'perSecond', '/s', { seed: '-', ours: '-' });
  add('inference-group-commit', 'inference p99, same load, group commit', 'p99', 'ms', {
    ...inference,
    ours: 'p99 < 100 ms',
    meets: below(100),
  });
  add('inference-group-commit', 'inferences/s, same load, group commit', 'perSecond', '/s', {
    seed: '-',
    ours: '-',
  });
  add(
    'notifications',
    'WebSocket notifications delivered/s, 100 nurses subscribed, FULL',
    'perSecond',
    '/s',
    { seed: '1,000+/s', ours: '20,000+/s', seedMeets: atLeast(1000), meets: atLeast(20_000) },
  );
  add('notifications', 'WebSocket delivery latency p99 (command start to arrival)', 'p99', 'ms', {
    seed: '< 500 ms',
    ours: 'p99 < 20 ms',
    seedMeets: below(500),
    meets: below(20),
  });
  const throughput = {
    seed: '200+/s',
    ours: '5,000+/s',
    seedMeets: atLeast(200),
    meets: atLeast(5000),
  };
  const latency = { seed: '< 100 ms', ours: '-', seedMeets: below(100) };
  for (const [name, how] of [
    ['commands-full', 'HTTP, FULL: one fsync each'],
    ['commands-group-commit', 'HTTP, group commit: one fsync shared'],
    ['commands-in-process-full', 'in-process, FULL'],
    ['commands-in-process-group-commit', 'in-process, group commit'],
  ] as const) {
    add(name, `audited commands/s, file db, 50 concurrent, ${how}`, 'perSecond', '/s', throughput);
    add(name, `audited command p99, ${how}`, 'p99', 'ms', latency);
  }
  const queue = { seed: '< 3.0 s', seedMeets: below(3000), ours: '< 1 s', meets: below(1000) };
  add('queue', 'nurse queue read p50, 1,000 open cases (readQueue over HTTP)', 'p50', 'ms', queue);
  add('queue', 'nurse queue read p99, same', 'p99', 'ms', queue);
  if ('error' in dashboard) {
    rows.push(
      benchRow(
        `dashboard load in the browser: not measured (${dashboard.error})`,
        '< 3.0 s',
        '< 500 ms',
        [],
        'ms',
        null,
      ),
    );
  } else {
    rows.push(
      benchRow(
        `dashboard load in headless Chromium, ${dashboard.cases} open cases (${dashboard.rows} rows shown)`,
        '< 3.0 s',
        // Issue 20: the queue of 1,000 open cases rendered within half a second.
        '< 500 ms',
        dashboard.loadsMs,
        'ms',
        below(500),
        below(3000),
      ),
    );
  }
  const servers = reports.filter((r) => r.peakRssMiB !== null);
  const heaviest = servers.reduce<LoadReport | null>(
    (top, r) => (top === null || r.peakRssMiB! > top.peakRssMiB! ? r : top),
    null,
  );
  if (heaviest)
    rows.push(
      benchRow(
        `server peak RSS (VmHWM) over the ${servers.length} server loads; highest under ${heaviest.plan.name}`,
        '-',
        '-',
        servers.map((r) => r.peakRssMiB!),
        'MiB',
        null,
      ),
    );
  if (recovery.length > 0) {
    const start = recovery.map((r) => r.startSeconds).sort((a, b) => a - b);
    rows.push(
      benchRow(
        `recovery after kill -9: SIGKILL to first answered command (of which process start to listening: ${start[Math.floor(start.length / 2)]!.toFixed(2)} s)`,
        '< 30 s',
        '< 1 s',
        recovery.map((r) => r.recoverySeconds),
        's',
        below(1),
        below(30),
      ),
    );
    const acknowledged = Math.max(...recovery.map((r) => r.acknowledged));
    rows.push(
      benchRow(
        `acknowledged messages lost over ${recovery.length} crashes (of ${acknowledged} acknowledged)`,
        '-',
        '0',
        [recovery.reduce((sum, r) => sum + r.lost, 0)],
        'lost',
        (m) => m === 0,
      ),
    );
  }
  return rows;
}
