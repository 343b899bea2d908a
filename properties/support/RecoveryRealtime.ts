import { check } from '../../harness/InvariantViolation.js';
import type { CommitSignal } from '../../server/commitSignal.js';
import { ManualTimer } from '../../server/ManualTimer.js';
import { type RunningServer, startServer } from '../../server/startServer.js';
import type { Notification, SqliteStore, System } from '../../system/index.js';
import { RealtimeClient } from './RealtimeClient.js';

/** A notification reduced to what a client must hold of it, body as canonical JSON text. */
interface Held {
  seq: number;
  kind: string;
  body: string;
  createdAt: number;
}

const fromClient = (n: Notification): Held => ({
  seq: n.seq,
  kind: n.kind,
  body: JSON.stringify(n.body),
  createdAt: n.createdAt,
});

const same = (a: readonly Held[], b: readonly Held[]) =>
  a.length === b.length && a.every((h, k) => JSON.stringify(h) === JSON.stringify(b[k]));

const isPrefix = (a: readonly Held[], b: readonly Held[]) => same(a, b.slice(0, a.length));

const show = (held: readonly Held[]) => `[${held.map((h) => `${h.seq} ${h.kind}`).join(', ')}]`;

/**
 * The nurse's real-time client in the recovery walk: the served system on a free port, and a
 * subscription over real WebSocket behind a proxy that follows the server to its new port
 * after a restore's restart. What the client holds is what it was delivered, except that a
 * resync reloads it (the outbox up to the resync's `latest`, as a client reloads its state).
 * Why the outbox as read from the database is the reference: it is the record invariant 25
 * holds equal to the backup's, and the delivery path under test never reads it that way.
 */
export class RecoveryRealtime {
  readonly #heartbeat = new ManualTimer();
  #server: RunningServer | null = null;
  #client: RealtimeClient | null = null;
  #held: Held[] = [];
  #seen = 0;
  #resyncsSeen = 0;

  constructor(private readonly recipient: string) {}

  /** Serves `system` and subscribes the client from the start. */
  async start(system: System, commits: CommitSignal, session: string): Promise<void> {
    this.#server = await this.#serve(system, commits);
    this.#client = new RealtimeClient(session, () => this.#server!.port);
    await this.#client.start();
  }

  /** A restore's restart: the server closes (the client notices), then serves `system`. */
  async restart(system: System, commits: CommitSignal): Promise<void> {
    const closed = this.client.subscription.whenClosed();
    await this.#server?.close();
    await closed;
    this.#server = await this.#serve(system, commits);
  }

  /**
   * Checks the connected client against the recipient's outbox after a step (invariant 28):
   * it holds every notification once, in order, with the outbox's contents, and nothing else.
   * At a reconnection (`resumed`: what it held before) it is told to resync exactly when what
   * it held is not all in the outbox any more, and resumes otherwise (invariant 29). Why 28
   * first: a client resumed past lost notifications holds the wrong ones, and that is the
   * harm; 29 then names a resync that was not needed.
   */
  async check(
    store: SqliteStore,
    i: number,
    resumed: readonly Held[] | null = null,
  ): Promise<void> {
    const client = this.client;
    await client.subscription.sync();
    // Why twice: what the first barrier brought is acked after it; the second waits for those
    // acks, whose transactions would otherwise meet a store fault meant for the next command.
    await client.subscription.sync();
    const outbox = readOutbox(store, this.recipient);
    const points = client.resyncPoints.slice(this.#resyncsSeen);
    let from = this.#seen;
    let held = this.#held;
    const reload = points.at(-1);
    if (reload) {
      held = outbox.filter((h) => h.seq <= reload.latest);
      from = reload.delivered;
    }
    held = [...held, ...client.delivered.slice(from).map(fromClient)];
    check(
      same(held, outbox),
      '28',
      i,
      () => `the client holds ${show(held)}, the recipient's outbox is ${show(outbox)}`,
      () => ({ expected: outbox, actual: held }),
    );
    if (resumed !== null) {
      const lost = !isPrefix(resumed, outbox);
      check(points.length > 0 === lost, '29', i, () =>
        lost
          ? `the client held ${show(resumed)}, which the restored outbox ${show(outbox)} does not, and was not told to resync`
          : `the client held ${show(resumed)}, all still in the restored outbox, and was told to resync`,
      );
    }
    this.#held = held;
    this.#seen = client.delivered.length;
    this.#resyncsSeen = client.resyncPoints.length;
  }

  /** Reconnects the client to the server now serving, then checks it (invariants 28, 29). */
  async reconnect(store: SqliteStore, i: number): Promise<number> {
    const before = this.#held;
    const resyncs = this.client.resyncs;
    await this.client.reconnect(false);
    await this.check(store, i, before);
    return this.client.resyncs - resyncs;
  }

  async close(): Promise<void> {
    await this.#client?.close();
    await this.#server?.close();
  }

  private get client(): RealtimeClient {
    if (!this.#client) throw new Error('the client has not started');
    return this.#client;
  }

  #serve(system: System, commits: CommitSignal): Promise<RunningServer> {
    return startServer({ system, commits, heartbeat: { timer: this.#heartbeat }, closeGraceMs: 0 });
  }
}

/** The recipient's outbox as the database holds it. */
function readOutbox(store: SqliteStore, recipient: string): Held[] {
  const rows = store.db
    .prepare(
      'SELECT seq, kind, body, created_at AS createdAt FROM notifications WHERE recipient = ? ORDER BY seq',
    )
    .all(recipient) as Held[];
  return rows.map((r) => ({ ...r, body: JSON.stringify(JSON.parse(r.body)) }));
}
