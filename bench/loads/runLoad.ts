import { BenchApi } from './BenchApi.js';
import { closedLoop } from './closedLoop.js';
import { inParallel } from './inParallel.js';
import { inProcessCommands } from './inProcessCommands.js';
import type { LatencySummary } from './LatencySummary.js';
import { notificationRun } from './notificationRun.js';
import { type Clinic, seedClinic } from './seedClinic.js';
import { CASE_TEXT, symptomTexts } from './symptomTexts.js';

/** The loads a driver knows. */
export type LoadName =
  | 'chat'
  | 'inference'
  | 'commands'
  | 'commandsInProcess'
  | 'queue'
  | 'notifications';

/** One load against one server: who, how many, how long. */
export interface LoadSpec {
  load: LoadName;
  url: string;
  wsUrl: string;
  /** Measured runs, after one warm-up run of `warmupMs`. */
  runs: number;
  durationMs: number;
  warmupMs: number;
  /** Requests in flight (chat, inference, commands) or producers (notifications). */
  workers: number;
  /** Patients signed in, each with a conversation; worker w sends as patient w mod this. */
  patients: number;
  /** Nurses: WebSocket subscribers (notifications), or readers of the queue. */
  nurses: number;
  /** A patient's pause between turns, about (chat only; 0: the next turn at once). */
  thinkMs?: number;
  /** Open review cases before the queue is read (queue only). */
  cases: number;
  /** The database file of an in-process load (no server then), and whether to group commits. */
  inProcess?: { db: string; groupCommit: boolean };
}

/** What a driver measured: the setup time and one summary per run. */
export interface LoadResult {
  load: LoadName;
  setupSeconds: number;
  runs: LatencySummary[];
  /** The trained version that triaged, if any. */
  modelVersion: string | null;
  /**
   * After the runs, when a trained version served: its traffic weights, the states of the
   * circuit breakers and how many alerts monitoring raised (an open breaker would mean many
   * messages were triaged degraded, without the model).
   */
  serving: { weights: unknown; breakers: string[]; alerts: number } | null;
}

/**
 * Seeds the users a load needs on a fresh server, then runs it: a warm-up, then `runs` timed
 * runs. Every load goes through the real HTTP API (and WebSocket) of the server at `url`.
 */
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const t0 = performance.now();
  if (spec.load === 'commandsInProcess') {
    if (!spec.inProcess) throw new Error('commandsInProcess needs its database file');
    const load = await inProcessCommands({ ...spec.inProcess, workers: spec.workers });
    try {
      const setupSeconds = (performance.now() - t0) / 1000;
      return {
        load: spec.load,
        setupSeconds,
        ...(await timedRuns(spec, load.run)),
        modelVersion: null,
        serving: null,
      };
    } finally {
      load.close();
    }
  }
  const api = new BenchApi(spec.url, Math.max(spec.workers, 16));
  try {
    const clinic = await seedClinic(api, {
      patients: spec.patients,
      nurses: spec.nurses,
      model: spec.load === 'chat' || spec.load === 'inference',
    });
    const run = await prepare(spec, api, clinic);
    const setupSeconds = (performance.now() - t0) / 1000;
    const { runs } = await timedRuns(spec, run);
    return {
      load: spec.load,
      setupSeconds,
      runs,
      modelVersion: clinic.modelVersion,
      serving: clinic.modelVersion === null ? null : await servingState(api, clinic.admin),
    };
  } finally {
    await api.close();
  }
}

type Run = (durationMs: number) => Promise<LatencySummary>;

async function servingState(api: BenchApi, admin: string): Promise<LoadResult['serving']> {
  const view = await api.value('readDeployment', {}, admin);
  const breakers = (view.breakers ?? []) as Array<{ version: string; state: string }>;
  return {
    weights: view.weights,
    breakers: breakers.map((b) => `${b.version}: ${b.state}`),
    alerts: Array.isArray(view.alerts) ? view.alerts.length : 0,
  };
}

/** A warm-up run (not kept), then the measured ones. */
async function timedRuns(spec: LoadSpec, run: Run): Promise<{ runs: LatencySummary[] }> {
  if (spec.warmupMs > 0) await run(spec.warmupMs);
  const runs: LatencySummary[] = [];
  for (let r = 0; r < spec.runs; r++) runs.push(await run(spec.durationMs));
  return { runs };
}

async function prepare(spec: LoadSpec, api: BenchApi, clinic: Clinic): Promise<Run> {
  const { patients, nurses } = clinic;
  switch (spec.load) {
    case 'chat':
    case 'inference': {
      // Why a number in each text: patients rarely repeat each other word for word, and the
      // model's response cache would otherwise answer most messages.
      const texts = symptomTexts();
      let sent = 0;
      return (ms) =>
        closedLoop(
          spec.workers,
          ms,
          async (w) => {
            const n = sent++;
            const text = `${texts[(n * 7) % texts.length]} (message ${n})`;
            const patient = patients[w % patients.length]!;
            const reply = await api.command(
              'sendMessage',
              { conversationId: patient.conversationId, text },
              patient.session,
            );
            return reply.body.ok;
          },
          spec.thinkMs,
        );
    }
    case 'commands':
      return (ms) =>
        closedLoop(spec.workers, ms, async (w) => {
          const reply = await api.command(
            'startConversation',
            {},
            patients[w % patients.length]!.session,
          );
          return reply.body.ok;
        });
    case 'queue': {
      await inParallel(16, spec.cases, async (i) => {
        const patient = patients[i % patients.length]!;
        const sent = await api.value(
          'sendMessage',
          { conversationId: patient.conversationId, text: CASE_TEXT },
          patient.session,
        );
        if (sent.caseId === null) throw new Error(`"${CASE_TEXT}" opened no review case`);
      });
      return (ms) =>
        closedLoop(nurses.length, ms, async (w) => {
          const reply = await api.command('readQueue', { limit: 1000 }, nurses[w]!);
          const cases = reply.body.value?.cases;
          return Array.isArray(cases) && cases.length >= Math.min(spec.cases, 1000);
        });
    }
    case 'notifications':
      return (ms) => notificationRun(api, spec.wsUrl, clinic, spec.workers, ms);
    case 'commandsInProcess':
      throw new Error('commandsInProcess runs without a server');
  }
}
