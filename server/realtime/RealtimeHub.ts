import type { WebSocket } from 'ws';
import type { System } from '../../system/index.js';
import { Connection } from './Connection.js';
import { CLOSE_CODES } from './frames.js';

/**
 * The WebSocket side of the server: the live connections by recipient, pushes after each
 * commit that wrote notifications, and the heartbeat that finds dead peers.
 */
export class RealtimeHub {
  readonly #connections = new Set<Connection>();
  readonly #byRecipient = new Map<string, Set<Connection>>();
  #closed = false;

  constructor(
    private readonly system: System,
    private readonly pageSize = 500,
  ) {}

  /** How many WebSocket connections are open (greeting or subscribed). */
  get connectionCount(): number {
    return this.#connections.size;
  }

  /** Takes a new WebSocket on. */
  accept(ws: WebSocket): void {
    if (this.#closed) return void ws.close(CLOSE_CODES.goingAway, 'server closing');
    const connection = new Connection(ws, this.system, this.pageSize, (c) => this.#subscribe(c));
    this.#connections.add(connection);
    ws.on('message', (data, isBinary) => connection.receive(data, isBinary));
    ws.on('pong', () => {
      connection.alive = true;
    });
    ws.on('close', () => this.#forget(connection));
    // Why swallow: a socket error is followed by 'close', which is where the connection ends.
    ws.on('error', () => undefined);
  }

  /**
   * The commit listener: each subscriber of the recipients reads its outbox now, before
   * anything else runs (the scheduler's retention pass included), so a live connection is
   * never overtaken by pruning. A connection whose read fails is dropped: its client
   * reconnects from its own position and loses nothing.
   */
  committed(recipients: ReadonlySet<string>): void {
    for (const r of recipients) {
      for (const c of this.#byRecipient.get(r) ?? []) {
        try {
          c.pump();
        } catch {
          c.ws.terminate();
          this.#forget(c);
        }
      }
    }
  }

  /**
   * One heartbeat: a connection that did not answer the previous ping is dropped, one still
   * greeting after a whole heartbeat is closed, every other is pinged; and every live one reads
   * its outbox, so one whose session expired is closed (4401) within a heartbeat, idle or not.
   */
  sweep(): void {
    for (const connection of [...this.#connections]) {
      if (!connection.alive) {
        connection.ws.terminate();
        this.#forget(connection);
        continue;
      }
      if (connection.state === 'greeting' && connection.sweeps++ >= 1) {
        connection.ws.close(CLOSE_CODES.helloTimeout, 'hello expected');
        this.#forget(connection);
        continue;
      }
      connection.alive = false;
      connection.ws.ping();
      if (connection.state !== 'live') continue;
      try {
        connection.pump();
      } catch {
        connection.ws.terminate();
        this.#forget(connection);
      }
    }
  }

  /** How many connections are open, and how many are subscribed for a recipient. */
  count(recipient?: string): number {
    if (recipient === undefined) return this.#connections.size;
    return this.#byRecipient.get(recipient)?.size ?? 0;
  }

  /**
   * Closes every connection with "going away"; those that have not closed after `graceMs`
   * are terminated.
   */
  async close(graceMs: number): Promise<void> {
    this.#closed = true;
    const open = [...this.#connections];
    const closed = open.map(
      (c) => new Promise<void>((resolve) => c.ws.once('close', () => resolve())),
    );
    for (const c of open) c.ws.close(CLOSE_CODES.goingAway, 'server closing');
    // Why race even a grace of 0: a zero-delay timer is the same as none to a peer.
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, graceMs);
    });
    await Promise.race([Promise.all(closed), grace]);
    clearTimeout(timer);
    // Why no test of readyState: ws ignores terminate() on a socket that has closed.
    for (const c of open) c.ws.terminate();
    await Promise.all(closed);
  }

  #subscribe(connection: Connection): void {
    let set = this.#byRecipient.get(connection.recipient);
    if (!set) {
      set = new Set();
      this.#byRecipient.set(connection.recipient, set);
    }
    set.add(connection);
  }

  #forget(connection: Connection): void {
    // Stryker disable next-line StringLiteral: only 'greeting' and 'live' are ever tested, so any other state reads as closed
    connection.state = 'closed';
    this.#connections.delete(connection);
    const set = this.#byRecipient.get(connection.recipient);
    set?.delete(connection);
    // Stryker disable next-line ConditionalExpression: an empty set left behind costs memory only; pushes and counts read the same
    if (set?.size === 0) this.#byRecipient.delete(connection.recipient);
  }
}
