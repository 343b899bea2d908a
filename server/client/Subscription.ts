import WebSocket, { type RawData } from 'ws';
import type { Notification } from '../../system/index.js';
import { ServerFrame } from '../realtime/frames.js';
import type { Timer } from '../Timer.js';

/** Schedules a reconnection attempt (counted from 1); returns the function that cancels it. */
export type ReconnectPolicy = (attempt: number, reconnect: () => void) => () => void;

/** How a subscription connects, and whom it tells. */
export interface SubscriptionOptions {
  /** The WebSocket URL; a function follows a server that came back on another port. */
  url: string | (() => string);
  session: string;
  /** Resume after this position; by default after the server's record of the last ack. */
  lastAcked?: number;
  /** The timeline `lastAcked` is on (a welcome's); without it the position is taken as is. */
  timeline?: string;
  /**
   * Each notification, once, in sequence order; it is acked after this returns.
   * WARNING: if it throws, the connection is dropped and the notification comes again.
   */
  onNotification: (notification: Notification) => void;
  /** The outbox could not be resumed: reload state; delivery goes on after `latest`. */
  onResync?: (resync: { after: number; firstAvailable: number; latest: number }) => void;
  /** Every frame as it arrived, duplicates included, with the connection it came on. */
  onFrame?: (frame: ServerFrame, connection: number) => void;
  /** After an unexpected close; null never reconnects. Default: backoff from 100 ms to 5 s. */
  reconnect?: ReconnectPolicy | null;
  /**
   * Drops a connection on which nothing (not even a ping) arrived between two fires: set
   * `intervalMs` above the server's heartbeat interval.
   */
  watchdog?: { timer: Timer; intervalMs: number };
}

const backoff: ReconnectPolicy = (attempt, reconnect) => {
  const handle = setTimeout(reconnect, Math.min(5000, 100 * 2 ** (attempt - 1)));
  return () => clearTimeout(handle);
};

interface Waiter {
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * A WebSocket subscription to one session's outbox: says hello with the last sequence number
 * it has, receives the missing ones and then new ones, drops duplicates, refuses gaps (by
 * reconnecting from its position), acks what it delivered, and reconnects after a drop.
 */
export class Subscription {
  /** What happened on the wire, for tests and tracing. */
  readonly stats = { delivered: 0, duplicates: 0, gaps: 0, malformed: 0, connections: 0 };
  readonly #options: SubscriptionOptions;
  #ws: WebSocket | null = null;
  #connection = 0;
  #live = false;
  #position: number | null;
  #timeline: string | null;
  #acked = 0;
  #ackSent = 0;
  #ackScheduled = false;
  #heard = false;
  #stopped = false;
  #attempt = 0;
  #cancelReconnect: (() => void) | null = null;
  readonly #stopWatchdog: (() => void) | null;
  #ready: { promise: Promise<void>; waiter: Waiter } | null = null;
  #closedWaiters: Array<() => void> = [];
  readonly #syncs = new Map<string, Waiter>();
  #syncCount = 0;

  constructor(options: SubscriptionOptions) {
    this.#options = options;
    this.#position = options.lastAcked ?? null;
    this.#timeline = options.timeline ?? null;
    const dog = options.watchdog;
    this.#stopWatchdog = dog ? dog.timer.every(dog.intervalMs, () => this.#watch()) : null;
  }

  /** The last sequence number delivered (null before the first welcome, if none was given). */
  get position(): number | null {
    return this.#position;
  }

  /** The outbox timeline of `position` (the last welcome's; null before the first). */
  get timeline(): string | null {
    return this.#timeline;
  }

  /** The last ack the server confirmed. */
  get acked(): number {
    return this.#acked;
  }

  /** Whether a connection is open and welcomed. */
  get live(): boolean {
    return this.#live;
  }

  /** Whether a reconnection is scheduled. */
  get reconnecting(): boolean {
    return this.#cancelReconnect !== null;
  }

  /** Opens a connection unless one is open; resolves once the server has welcomed it. */
  connect(): Promise<void> {
    if (this.#stopped) return Promise.reject(new Error('the subscription was closed'));
    this.#cancelReconnect?.();
    this.#cancelReconnect = null;
    const ready = this.whenReady();
    if (!this.#ws) this.#open();
    return ready;
  }

  /** Resolves at the next welcome (or now, if live). */
  whenReady(): Promise<void> {
    if (this.#live) return Promise.resolve();
    if (!this.#ready) {
      let waiter!: Waiter;
      const promise = new Promise<void>((resolve, reject) => {
        waiter = { resolve, reject };
      });
      // Why: nobody may be waiting, and an unobserved rejection must not crash the process.
      promise.catch(() => undefined);
      this.#ready = { promise, waiter };
    }
    return this.#ready.promise;
  }

  /** Resolves when the current connection has closed (now, if there is none). */
  whenClosed(): Promise<void> {
    if (!this.#ws) return Promise.resolve();
    return new Promise((resolve) => this.#closedWaiters.push(resolve));
  }

  /** Resolves once everything committed before the server read this request has arrived. */
  sync(): Promise<void> {
    if (!this.#live || !this.#ws) return Promise.reject(new Error('not connected'));
    const id = `s${++this.#syncCount}`;
    const done = new Promise<void>((resolve, reject) => this.#syncs.set(id, { resolve, reject }));
    this.#ws.send(JSON.stringify({ type: 'sync', id }));
    return done;
  }

  /** Sends a frame as given (for tests of the server's boundary). */
  sendRaw(data: string): void {
    this.#ws?.send(data);
  }

  /** Closes for good: no reconnection, no watchdog. */
  async close(): Promise<void> {
    this.#stopped = true;
    this.#cancelReconnect?.();
    this.#cancelReconnect = null;
    this.#stopWatchdog?.();
    this.#ready?.waiter.reject(new Error('the subscription was closed'));
    this.#ready = null;
    const closed = this.whenClosed();
    this.#ws?.close(1000, 'bye');
    await closed;
  }

  #open(): void {
    const ws = new WebSocket(
      typeof this.#options.url === 'string' ? this.#options.url : this.#options.url(),
    );
    const connection = ++this.#connection;
    this.stats.connections++;
    this.#ws = ws;
    this.#live = false;
    ws.on('open', () => {
      const position = this.#position;
      const timeline = this.#timeline;
      ws.send(
        JSON.stringify({
          type: 'hello',
          session: this.#options.session,
          ...(position === null ? {} : { lastAcked: position }),
          ...(timeline === null ? {} : { timeline }),
        }),
      );
    });
    ws.on('message', (data, isBinary) => this.#receive(connection, data, isBinary));
    ws.on('ping', () => {
      this.#heard = true;
    });
    // Why swallow: an error is always followed by 'close', where reconnection is decided.
    ws.on('error', () => undefined);
    ws.on('close', (code) => this.#closed(connection, code));
  }

  #receive(connection: number, data: RawData, isBinary: boolean): void {
    this.#heard = true;
    let frame: ServerFrame;
    try {
      const parsed = ServerFrame.safeParse(isBinary ? undefined : JSON.parse(data.toString()));
      if (!parsed.success) throw parsed.error;
      frame = parsed.data;
    } catch {
      this.stats.malformed++;
      return;
    }
    this.#options.onFrame?.(frame, connection);
    switch (frame.type) {
      case 'welcome':
        this.#position ??= frame.after;
        this.#timeline = frame.timeline;
        this.#live = true;
        this.#attempt = 0;
        this.#ready?.waiter.resolve();
        this.#ready = null;
        return;
      case 'notification':
        this.#notification(frame);
        return;
      case 'resync':
        this.#position = frame.latest;
        // Why: after a restore `latest` may be below what was acked on the old timeline.
        this.#ackSent = Math.min(this.#ackSent, frame.latest);
        this.#options.onResync?.(frame);
        this.#scheduleAck();
        return;
      case 'acked':
        this.#acked = Math.max(this.#acked, frame.seq);
        return;
      case 'synced': {
        const waiter = this.#syncs.get(frame.id);
        this.#syncs.delete(frame.id);
        waiter?.resolve();
        return;
      }
      case 'error':
        if (!this.#live && frame.code === 'unauthenticated')
          this.#ready?.waiter.reject(new Error(`subscription refused: ${frame.message}`));
        return;
    }
  }

  #notification(frame: Extract<ServerFrame, { type: 'notification' }>): void {
    const position = this.#position ?? 0;
    if (frame.seq <= position) {
      this.stats.duplicates++;
      return;
    }
    if (frame.seq > position + 1) {
      // Why drop the connection: a gap is never accepted; the next hello asks from here.
      this.stats.gaps++;
      this.#ws?.terminate();
      return;
    }
    const { type: _, ...notification } = frame;
    try {
      this.#options.onNotification(notification);
    } catch {
      this.#ws?.terminate();
      return;
    }
    this.#position = frame.seq;
    this.stats.delivered++;
    this.#scheduleAck();
  }

  #scheduleAck(): void {
    if (this.#ackScheduled) return;
    this.#ackScheduled = true;
    // Why a microtask: frames that arrived together are acked together, with one frame.
    queueMicrotask(() => {
      this.#ackScheduled = false;
      const position = this.#position ?? 0;
      if (position <= this.#ackSent || !this.#live || !this.#ws) return;
      this.#ws.send(JSON.stringify({ type: 'ack', seq: position }));
      this.#ackSent = position;
    });
  }

  #closed(connection: number, code: number): void {
    if (connection !== this.#connection) return;
    this.#ws = null;
    this.#live = false;
    for (const waiter of this.#syncs.values()) waiter.reject(new Error('connection closed'));
    this.#syncs.clear();
    for (const resolve of this.#closedWaiters.splice(0)) resolve();
    // Why stop on 4401: the session is over, and no retry will bring it back.
    if (code === 4401) this.#stopped = true;
    const policy = this.#options.reconnect === undefined ? backoff : this.#options.reconnect;
    if (this.#stopped || policy === null) {
      this.#ready?.waiter.reject(new Error(`connection closed (${code})`));
      this.#ready = null;
      return;
    }
    this.#cancelReconnect = policy(++this.#attempt, () => {
      this.#cancelReconnect = null;
      if (!this.#stopped && !this.#ws) this.#open();
    });
  }

  #watch(): void {
    if (!this.#ws || !this.#live) return;
    if (!this.#heard) this.#ws.terminate();
    this.#heard = false;
  }
}
