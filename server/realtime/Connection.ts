import type { RawData, WebSocket } from 'ws';
import type { CommandError, NotificationPage, System } from '../../system/index.js';
import { CLOSE_CODES, ClientFrame, type ServerFrame } from './frames.js';

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

  constructor(
    readonly ws: WebSocket,
    private readonly system: System,
    private readonly pageSize: number,
    private readonly onSubscribed: (connection: Connection) => void,
  ) {}

  /** Handles one frame from the client; a malformed one gets an error frame and changes nothing. */
  receive(data: RawData, isBinary: boolean): void {
    this.alive = true;
    if (isBinary) {
      this.#error('invalid_frame', 'frames are JSON text');
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(data.toString());
    } catch {
      this.#error('invalid_frame', 'not JSON');
      return;
    }
    const parsed = ClientFrame.safeParse(json);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({
        // Stryker disable next-line StringLiteral: client frames are flat, so an issue's path has one segment
        path: i.path.map(String).join('.'),
        message: i.message,
      }));
      this.#error('invalid_frame', 'not a client frame', issues);
      return;
    }
    const frame = parsed.data;
    if (frame.type === 'hello') {
      if (this.state !== 'greeting') {
        this.#error('already_subscribed', 'hello came twice');
        return;
      }
      this.#hello(frame.session, frame.lastAcked);
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

  #hello(session: string, lastAcked: number | undefined): void {
    const page = this.system.notificationsAfter(session, lastAcked ?? null, this.pageSize);
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
    this.send({ type: 'welcome', recipient: this.recipient, after, latest: page.value.latest });
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
