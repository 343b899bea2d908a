import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { OperationsView, System } from '../../system/index.js';
import { judgeReadiness } from '../health/judgeReadiness.js';
import type { PumpMonitor } from '../health/PumpMonitor.js';

/** What the metrics read at scrape time. */
export interface MetricsSources {
  system: System;
  pump: PumpMonitor;
  /** How many WebSocket connections are open now. */
  connections: () => number;
  /** Process metrics (CPU, memory, event-loop delay); default on, off in benchmarks of scrapes. */
  processMetrics?: boolean;
}

// Why finer than the commands': a transaction on this disk takes 0.1-10 ms, an fsync 0.3-5 ms.
const STORE_BUCKETS = [
  0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1,
];

const BREAKER: Record<string, number> = { closed: 0, half_open: 1, open: 2 };

/**
 * The server's Prometheus registry: command counters and latency histograms recorded as
 * commands run, and gauges read from the records at each scrape (escalations, queue, model
 * calls, breakers, outbox). Every label is a command type, an error code, an acuity, a status,
 * a model version or an outcome: never a patient's id, name or words.
 */
export class ServerMetrics {
  readonly registry = new Registry();
  readonly #commands: Counter<'type' | 'outcome'>;
  readonly #latency: Histogram<'type'>;
  readonly #transactions: Histogram;
  readonly #fsyncs: Histogram<'mode'>;
  #view: OperationsView | null = null;

  constructor(sources: MetricsSources) {
    const registers = [this.registry];
    if (sources.processMetrics ?? true)
      collectDefaultMetrics({ register: this.registry, prefix: 'medassist_' });
    this.#commands = new Counter({
      name: 'medassist_commands_total',
      help: 'Commands answered, by type and outcome (ok or the error code).',
      labelNames: ['type', 'outcome'],
      registers,
    });
    this.#latency = new Histogram({
      name: 'medassist_command_duration_seconds',
      help: 'Time from a command received to its answer, by type.',
      labelNames: ['type'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
    this.#transactions = new Histogram({
      name: 'medassist_transaction_duration_seconds',
      help: 'Store transactions committed, from BEGIN to the return of COMMIT (its fsync included under synchronous=FULL).',
      buckets: STORE_BUCKETS,
      registers,
    });
    this.#fsyncs = new Histogram({
      name: 'medassist_fsync_duration_seconds',
      help: 'Making commits durable: mode "commit" is the COMMIT step of a transaction under synchronous=FULL (the WAL write and its fsync), mode "group" one fsync of the WAL shared by the commits before it (--group-commit).',
      labelNames: ['mode'],
      buckets: STORE_BUCKETS,
      registers,
    });
    // Why one read per scrape for all the record gauges: they come from one instant.
    const read = () => {
      this.#view ??= sources.system.operations();
      return this.#view;
    };
    const gauge = <L extends string>(
      name: string,
      help: string,
      labelNames: L[],
      fill: (g: Gauge<L>) => void,
    ) =>
      new Gauge<L>({
        name,
        help,
        labelNames,
        registers,
        collect() {
          this.reset();
          fill(this);
        },
      });
    gauge(
      'medassist_escalations_open',
      'Escalations not resolved, by acuity and status (open = not acknowledged).',
      ['acuity', 'status'],
      (g) => {
        for (const t of read().escalations) g.set(t.key, t.count);
      },
    );
    gauge(
      'medassist_escalation_oldest_unacknowledged_seconds',
      'How long the oldest unacknowledged escalation of each acuity has waited.',
      ['acuity'],
      (g) => {
        for (const t of read().oldestUnacknowledgedMs) g.set(t.key, t.count / 1000);
      },
    );
    gauge(
      'medassist_escalation_ack_sla_seconds',
      'The acknowledgement SLA of each acuity.',
      ['acuity'],
      (g) => {
        for (const t of read().ackSlaMs) g.set(t.key, t.count / 1000);
      },
    );
    gauge(
      'medassist_escalation_sla_breaches',
      'Acknowledgement deadlines that expired (each re-escalated) in the records.',
      [],
      (g) => g.set(read().slaBreaches),
    );
    gauge(
      'medassist_review_queue_depth',
      'Review cases waiting for a decision, by status.',
      ['status'],
      (g) => {
        for (const t of read().reviewQueue) g.set(t.key, t.count);
      },
    );
    gauge(
      'medassist_model_calls',
      'Calls that reached a model version, by version and outcome, in the records.',
      ['version', 'outcome'],
      (g) => {
        for (const t of read().modelCalls) g.set(t.key, t.count);
      },
    );
    gauge('medassist_outbox_depth', 'Notifications written and not yet acknowledged.', [], (g) =>
      g.set(read().outboxDepth),
    );
    gauge(
      'medassist_notifications_acknowledged',
      'Notifications their recipients acknowledged (delivered, by their word).',
      [],
      (g) => g.set(read().notificationsAcknowledged),
    );
    gauge('medassist_websocket_connections', 'Open WebSocket connections.', [], (g) =>
      g.set(sources.connections()),
    );
    gauge(
      'medassist_model_breaker_state',
      'Breaker of each version ever called: 0 closed, 1 half-open, 2 open.',
      ['version'],
      (g) => {
        for (const s of sources.system.deployment().breakers)
          g.set({ version: s.version }, BREAKER[s.state] ?? 2);
      },
    );
    gauge('medassist_ready', '1 when /health/ready would answer 200, else 0.', [], (g) =>
      g.set(judgeReadiness(sources.system.health(), sources.pump).ready ? 1 : 0),
    );
  }

  /** Records one answered command. */
  command(type: string, outcome: string, seconds: number): void {
    this.#commands.inc({ type, outcome });
    this.#latency.observe({ type }, seconds);
  }

  /** Records one committed store transaction, and its COMMIT step when that is the fsync. */
  transaction(seconds: number, commitFsyncSeconds: number | null): void {
    this.#transactions.observe(seconds);
    if (commitFsyncSeconds !== null) this.#fsyncs.observe({ mode: 'commit' }, commitFsyncSeconds);
  }

  /** Records one shared fsync of the WAL under group commit. */
  groupFsync(seconds: number): void {
    this.#fsyncs.observe({ mode: 'group' }, seconds);
  }

  /** The text format, and its content type. */
  async scrape(): Promise<{ text: string; contentType: string }> {
    this.#view = null;
    return { text: await this.registry.metrics(), contentType: this.registry.contentType };
  }
}
