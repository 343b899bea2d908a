import type { RawData, WebSocket } from 'ws';
import type { CommandError, NotificationPage, System } from '../../system/index.js';
import { CLOSE_CODES, ClientFrame, type ServerFrame } from './frames.js';

/** The most bytes of frames a connection may have waiting; past it, the client is closed. */
export const MAX_QUEUED_BYTES = 4 << 20;

const byteLength = (data: RawData): number =>
  Array.isArray(data)
    ? data.reduce((n, b) => n + b.length, 0)
    : data instanceof ArrayBuffer
      ? data.byteLength
      : data.length;

const ACK = /^\s*\{\s*"type"\s*:\s*"ack"\s*,\s*"seq"\s*:\s*(0|[1-9][0-9]{0,15})\s*\}\s*$/;

/**
 * The position of a frame that is plainly an ack (`{"type":"ack","seq":N}`), or null: any
 * other frame, even an ack written otherwise, goes through the full check in its turn.
 */
function peekAck(data: RawData): number | null {
  if (byteLength(data) > 64) return null;
  const match = ACK.exec(data.toString());
  if (!match) return null;
  const seq = Number(match[1]);
  return Number.isSafeInteger(seq) ? seq : null;
}

/**
 * One WebSocket subscriber: greets with `hello`, then receives its outbox in order from the
 * position it names, acks, and asks for `synced` barriers. Every read goes through the
 * session, so a session that ends or expires ends the subscription at the next read.
 */
export class Connection {
  state: 'greeting' | 'live' | 'closed' = 'greeting';
  // Stryker disable next-line StringLiteral: read only once a welcome set it, or by the hub's forget, which finds no set for a placeholder either way
  recipient = '';
  /** The last sequence number sent on this connection (the replay position of the next read). */
  lastSent = 0;
  /** Whether a pong (or any frame) came since the last heartbeat. */
  alive = true;
  /** Heartbeats seen while still greeting. */
  sweeps = 0;
  // Stryker disable next-line StringLiteral: read only once the connection is live, after hello set it
  #session = '';
  readonly #queue: Array<{ data: RawData; isBinary: boolean; bytes: number }> = [];
  #queuedBytes = 0;
  #draining = false;

  constructor(
    readonly ws: WebSocket,
    private readonly system: System,
    private readonly pageSize: number,
    private readonly onSubscribed: (connection: Connection) => void,
  ) {}

  /**
   * Takes one frame from the client: queued, and handled in order by a drain that yields to
   * the event loop between frames, so one socket's burst (10,000 acks in one write) cannot
   * hold every other request up; acks that wait together are recorded as one (issue 17, D9).
   * A client whose queue grows past `MAX_QUEUED_BYTES` is closed (1008).
   */
  receive(data: RawData, isBinary: boolean): void {
    this.alive = true;
    if (this.state === 'closed') return;
    const bytes = byteLength(data);
    this.#queuedBytes += bytes;
    if (this.#queuedBytes > MAX_QUEUED_BYTES) {
      this.#queue.length = 0;
      this.state = 'closed';
      this.ws.close(CLOSE_CODES.policy, 'too many frames waiting');
      return;
    }
    this.#queue.push({ data, isBinary, bytes });
    if (!this.#draining) {
      this.#draining = true;
      setImmediate(() => this.#drain());
    }
  }

  /** Handles the next frame (and every ack right behind an ack), then yields. */
  #drain(): void {
    const next = this.#queue.shift();
    if (next === undefined || this.state === 'closed') {
      this.#draining = false;
      this.#queue.length = 0;
      this.#queuedBytes = 0;
      return;
    }
    this.#queuedBytes -= next.bytes;
    try {
      this.#take(next);
    } catch {
      // Why drop, not throw: this runs in a setImmediate callback, where a throw (a store
      // that cannot write the ack: a full disk) is uncaught and ends the server with every
      // other connection. As in the hub, the client reconnects from its own position.
      this.state = 'closed';
      this.ws.terminate();
    }
    setImmediate(() => this.#drain());
  }

  /** Handles one queued frame, and every ack right behind it as one. */
  #take(next: { data: RawData; isBinary: boolean }): void {
    const frame = this.#parse(next.data, next.isBinary);
    if (frame?.type === 'ack' && this.state === 'live') {
      const acks = [frame.seq];
      while (this.#queue.length > 0) {
        const after = this.#queue[0]!;
        const peeked = after.isBinary ? null : peekAck(after.data);
        if (peeked === null) break;
        this.#queue.shift();
        this.#queuedBytes -= after.bytes;
        acks.push(peeked);
      }
      this.#acks(acks);
    } else if (frame) {
      this.#handle(frame);
    }
  }

  /** A frame checked at the boundary, or null once its error frame went out. */
  #parse(data: RawData, isBinary: boolean): ClientFrame | null {
    if (isBinary) {
      this.#error('invalid_frame', 'frames are JSON text');
      return null;
    }
    let json: unknown;
    try {
      json = JSON.parse(data.toString());
    } catch {
      this.#error('invalid_frame', 'not JSON');
      return null;
    }
    const parsed = ClientFrame.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({
        // Stryker disable next-line StringLiteral: client frames are flat, so an issue's path has one segment
        path: i.path.map(String).join('.'),
        message: i.message,
      }));
      this.#error('invalid_frame', 'not a client frame', issues);
      return null;
    }
    return parsed.data;
  }

  /**
   * Acks that arrived together: one write for the largest and one `acked` frame, as the
   * answer to the last would have been (the position never moves back). If the largest is
   * past the end, each is answered on its own, as if they had come apart.
   */
  #acks(seqs: readonly number[]): void {
    const largest = Math.max(...seqs);
    const acked = this.system.ackNotifications(this.#session, largest);
    if (acked.ok) {
      this.send({ type: 'acked', seq: acked.value.acked });
      return;
    }
    if (acked.error.code !== 'invalid_state' || seqs.length === 1) {
      this.#refused(acked.error);
      return;
    }
    for (const seq of seqs) {
      if (this.state !== 'live') return;
      this.#handle({ type: 'ack', seq });
    }
  }

  /** Handles one checked frame. */
  #handle(frame: ClientFrame): void {
    if (frame.type === 'hello') {
      if (this.state !== 'greeting') {
        this.#error('already_subscribed', 'hello came twice');
        return;
      }
      this.#hello(frame.session, frame.lastAcked, frame.timeline);
      return;
    }
    if (this.state !== 'live') {
      this.#error('not_subscribed', 'send hello first');
      return;
    }
    if (frame.type === 'ack') {
      const acked = this.system.ackNotifications(this.#session, frame.seq);
      if (!acked.ok) {
        this.#refused(acked.error);
        return;
      }
      this.send({ type: 'acked', seq: acked.value.acked });
      return;
    }
    this.pump();
    this.send({ type: 'synced', id: frame.id });
  }

  /** Sends everything committed after `lastSent`, page by page. */
  pump(): void {
    while (this.state === 'live') {
      const page = this.system.notificationsAfter(this.#session, this.lastSent, this.pageSize);
      if (!page.ok) {
        this.#refused(page.error);
        return;
      }
      this.#deliver(page.value);
      if (page.value.notifications.length < this.pageSize) return;
    }
  }

  /**
   * Sends a frame; once the socket is closing (a refused session), ws discards it, so nothing
   * follows the refusal.
   */
  send(frame: ServerFrame): void {
    this.ws.send(JSON.stringify(frame));
  }

  #hello(session: string, lastAcked: number | undefined, timeline: string | undefined): void {
    const page = this.system.notificationsAfter(
      session,
      lastAcked ?? null,
      this.pageSize,
      timeline,
    );
    if (!page.ok) {
      this.#refused(page.error);
      return;
    }
    this.#session = session;
    this.recipient = page.value.recipient;
    this.state = 'live';
    const after = lastAcked ?? page.value.acked;
    this.lastSent = after;
    this.onSubscribed(this);
    this.send({
      type: 'welcome',
      recipient: this.recipient,
      after,
      latest: page.value.latest,
      timeline: page.value.timeline,
    });
    this.#deliver(page.value);
    // Why pump whatever the page held: one loop pages, at the cost of a read that finds nothing.
    this.pump();
  }

  #deliver(page: NotificationPage): void {
    if (page.resync) {
      this.send({ type: 'resync', ...page.resync, latest: page.latest });
      this.lastSent = page.latest;
      return;
    }
    for (const n of page.notifications) {
      this.send({ type: 'notification', ...n });
      this.lastSent = n.seq;
    }
  }

  #refused(error: CommandError): void {
    const detail = error.code === 'unauthenticated' ? `session ${error.reason}` : error.code;
    // Why no `issues`: frames.ts bounds positions as the system does, so a read or an ack
    // it passed is never refused as an invalid command.
    this.send({ type: 'error', code: error.code, message: detail });
    if (error.code !== 'unauthenticated') return;
    // Stryker disable next-line StringLiteral: only 'greeting' and 'live' are ever tested, so any other state reads as closed
    this.state = 'closed';
    this.ws.close(CLOSE_CODES.unauthenticated, detail);
  }

  #error(code: string, message: string, issues?: Array<{ path: string; message: string }>): void {
    this.send({ type: 'error', code, message, ...(issues ? { issues } : {}) });
  }
}
