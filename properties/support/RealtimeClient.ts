import { Subscription } from '../../server/client/Subscription.js';
import { ManualTimer } from '../../server/ManualTimer.js';
import type { ServerFrame } from '../../server/realtime/frames.js';
import type { Notification } from '../../system/index.js';
import { PartitionProxy } from './PartitionProxy.js';

/**
 * One user's real-time client as a property drives it: a Subscription behind its own
 * partition proxy, with its watchdog and reconnections fired on cue, recording what it
 * delivered and every breach of the wire order (invariant 16) it saw.
 */
export class RealtimeClient {
  readonly delivered: Notification[] = [];
  /** Invariant 16 breaches seen on the wire, duplicates included (the app never sees those). */
  readonly violations: string[] = [];
  readonly errors: Array<Extract<ServerFrame, { type: 'error' }>> = [];
  resyncs = 0;
  /** Each resync: how many notifications had been delivered before it, and its `latest`. */
  readonly resyncPoints: Array<{ delivered: number; latest: number }> = [];
  readonly #watchdog = new ManualTimer();
  readonly #proxy: PartitionProxy;
  readonly #next = new Map<number, number>();
  #reconnect: (() => void) | null = null;
  #subscription: Subscription | null = null;

  constructor(
    readonly session: string,
    serverPort: () => number,
  ) {
    this.#proxy = new PartitionProxy(serverPort);
  }

  get subscription(): Subscription {
    if (!this.#subscription) throw new Error('the client has not started');
    return this.#subscription;
  }

  /** Starts the proxy and subscribes from the beginning. */
  async start(): Promise<void> {
    const url = await this.#proxy.start();
    this.#subscription = new Subscription({
      url,
      session: this.session,
      lastAcked: 0,
      onNotification: (n) => this.delivered.push(n),
      onFrame: (frame, connection) => this.#observe(frame, connection),
      reconnect: (_attempt, go) => {
        this.#reconnect = go;
        return () => {
          this.#reconnect = null;
        };
      },
      watchdog: { timer: this.#watchdog, intervalMs: 60_000 },
    });
    await this.#subscription.connect();
  }

  /** Cuts the network silently. */
  partition(): void {
    this.#proxy.partition();
  }

  /** Ends the connection abruptly; resolves once the client has noticed. */
  async disconnect(): Promise<void> {
    const closed = this.subscription.whenClosed();
    this.#proxy.drop();
    await closed;
  }

  /**
   * Comes back: a partitioned client first notices, by its watchdog, that nothing arrives;
   * then its scheduled reconnection runs and the server welcomes it.
   */
  async reconnect(partitioned: boolean): Promise<void> {
    if (partitioned) {
      const closed = this.subscription.whenClosed();
      await this.#watchdog.fire();
      await this.#watchdog.fire();
      await closed;
    }
    const go = this.#reconnect;
    if (!go) throw new Error('no reconnection was scheduled');
    this.#reconnect = null;
    const ready = this.subscription.whenReady();
    go();
    await ready;
  }

  /** Ends everything; the proxy first, so that a partitioned socket needs no handshake. */
  async close(): Promise<void> {
    this.#proxy.drop();
    await this.#subscription?.close();
    await this.#proxy.close();
  }

  #observe(frame: ServerFrame, connection: number): void {
    const next = this.#next.get(connection);
    switch (frame.type) {
      case 'welcome':
        if (frame.after !== this.subscription.position)
          this.violations.push(
            `welcome after ${frame.after}, asked after ${this.subscription.position}`,
          );
        this.#next.set(connection, frame.after + 1);
        return;
      case 'notification':
        if (frame.seq !== next)
          this.violations.push(
            `connection ${connection}: notification ${frame.seq} where ${next} was due`,
          );
        this.#next.set(connection, frame.seq + 1);
        return;
      case 'resync':
        this.resyncs++;
        this.resyncPoints.push({ delivered: this.delivered.length, latest: frame.latest });
        this.#next.set(connection, frame.latest + 1);
        return;
      case 'error':
        this.errors.push(frame);
        return;
      default:
        return;
    }
  }
}
