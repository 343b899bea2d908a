import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { LatencySummary } from './loads/LatencySummary.js';
import type { LoadName, LoadResult } from './loads/runLoad.js';
import { ServerProcess } from './ServerProcess.js';
import { spawnDriver } from './spawnDriver.js';

/** One load of the benchmark: which driver, how many of whom, and how the server commits. */
export interface LoadPlan {
  /** File-safe id: the histogram is `bench/histograms/<name>.svg`. */
  name: string;
  title: string;
  load: LoadName;
  /** Requests in flight, or patients writing (notifications). */
  workers: number;
  /** Patients signed in at setup, each with one conversation. */
  patients: number;
  /** A patient's pause between turns, about (chat only). */
  thinkMs?: number;
  nurses: number;
  cases: number;
  groupCommit: boolean;
}

const plan = (
  name: string,
  title: string,
  load: LoadName,
  people: { workers: number; patients: number; nurses?: number; cases?: number; thinkMs?: number },
  groupCommit = false,
): LoadPlan => ({ name, title, load, nurses: 0, cases: 0, ...people, groupCommit });

/** The loads `npm run bench` runs, each on a fresh server and database file. */
export const LOAD_PLANS: readonly LoadPlan[] = [
  plan(
    'chat',
    'chat turn, 100 concurrent patients (sendMessage over HTTP, trained model, FULL)',
    'chat',
    { workers: 100, patients: 100, nurses: 5 },
  ),
  plan(
    'chat-paced',
    'chat turn, 100 patients, each sending a turn about every second (FULL)',
    'chat',
    { workers: 100, patients: 100, nurses: 5, thinkMs: 1000 },
  ),
  plan(
    'chat-group-commit',
    'chat turn, 100 concurrent patients (as above, group commit)',
    'chat',
    { workers: 100, patients: 100, nurses: 5 },
    true,
  ),
  // Why 100 patients for 500 requests: five in flight in each conversation, so that setup
  // (three fsync'd commands a patient) stays within seconds.
  plan(
    'inference',
    'model inference, 500 concurrent (sendMessage triage over HTTP, trained model, FULL)',
    'inference',
    { workers: 500, patients: 100, nurses: 5 },
  ),
  plan(
    'inference-group-commit',
    'model inference, 500 concurrent (as above, group commit)',
    'inference',
    { workers: 500, patients: 100, nurses: 5 },
    true,
  ),
  plan(
    'notifications',
    'WebSocket delivery, 100 nurses, 10 patients opening cases (FULL)',
    'notifications',
    { workers: 10, patients: 10, nurses: 100 },
  ),
  plan(
    'commands-full',
    'audited commands over HTTP, 50 concurrent (startConversation, FULL)',
    'commands',
    { workers: 50, patients: 50 },
  ),
  plan(
    'commands-group-commit',
    'audited commands over HTTP, 50 concurrent (startConversation, group commit)',
    'commands',
    { workers: 50, patients: 50 },
    true,
  ),
  plan(
    'commands-in-process-full',
    'audited commands in-process, 50 concurrent (startConversation, FULL)',
    'commandsInProcess',
    { workers: 50, patients: 50 },
  ),
  plan(
    'commands-in-process-group-commit',
    'audited commands in-process, 50 concurrent (startConversation, group commit)',
    'commandsInProcess',
    { workers: 50, patients: 50 },
    true,
  ),
  plan(
    'queue',
    'nurse queue read, 1,000 open cases (readQueue over HTTP, one nurse, FULL)',
    'queue',
    { workers: 1, patients: 100, nurses: 1, cases: 1000 },
  ),
];

/** What one load measured, with the server it ran on. */
export interface LoadReport {
  plan: LoadPlan;
  setupSeconds: number;
  modelVersion: string | null;
  serving: LoadResult['serving'];
  /** One summary per measured run (histograms merged into `histogram`). */
  runs: Array<Omit<LatencySummary, 'histogram'>>;
  histogram: number[];
  /** The server's highest resident set size (VmHWM), in MiB; null for in-process loads. */
  peakRssMiB: number | null;
  /** The 1-minute load average before and after the load. */
  loadAverage: [number, number];
  seconds: number;
}

/** How long and how often each load runs. */
export interface LoadBudget {
  runs: number;
  durationMs: number;
  warmupMs: number;
}

/**
 * Runs each load on a fresh server (a child process on a database file in a new folder under
 * `root`) driven by a driver in another process, one after the other; every server, driver and
 * folder is gone after.
 */
export async function runServerLoads(
  plans: readonly LoadPlan[],
  budget: LoadBudget,
  root: string,
  progress: (line: string) => void,
): Promise<LoadReport[]> {
  const reports: LoadReport[] = [];
  for (const plan of plans) {
    const dir = mkdtempSync(join(root, `${plan.name}-`));
    const t0 = performance.now();
    const before = loadavg()[0]!;
    const server =
      plan.load === 'commandsInProcess'
        ? null
        : new ServerProcess({ db: join(dir, 'bench.db'), groupCommit: plan.groupCommit });
    try {
      await server?.start();
      const result = await spawnDriver(
        {
          load: plan.load,
          url: server?.url ?? '',
          wsUrl: server?.wsUrl ?? '',
          ...budget,
          workers: plan.workers,
          patients: plan.patients,
          nurses: plan.nurses,
          cases: plan.cases,
          ...(plan.thinkMs === undefined ? {} : { thinkMs: plan.thinkMs }),
          ...(server
            ? {}
            : { inProcess: { db: join(dir, 'bench.db'), groupCommit: plan.groupCommit } }),
        },
        // Why this bound: setup, a warm-up and the runs, with room for a slow, shared machine.
        60_000 + (budget.runs * budget.durationMs + budget.warmupMs) * 3,
      );
      const histogram = result.runs[0]!.histogram.map((_, k) =>
        result.runs.reduce((sum, run) => sum + run.histogram[k]!, 0),
      );
      reports.push({
        plan,
        setupSeconds: result.setupSeconds,
        modelVersion: result.modelVersion,
        serving: result.serving,
        runs: result.runs.map(({ histogram: _, ...run }) => run),
        histogram,
        peakRssMiB: server ? server.memory().peakMiB : null,
        loadAverage: [before, loadavg()[0]!],
        seconds: (performance.now() - t0) / 1000,
      });
      progress(`${plan.name}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    } finally {
      await server?.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return reports;
}
