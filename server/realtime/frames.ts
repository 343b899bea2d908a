import { z } from 'zod';

const position = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** What a client may send on the WebSocket, checked at the boundary. */
export const ClientFrame = z.discriminatedUnion('type', [
  /**
   * Subscribes: the session, the last sequence number the client has (default: its ack), and
   * the timeline that position is on (the last welcome's), so a restore is never resumed past.
   */
  z.object({
    type: z.literal('hello'),
    session: z.string().min(1).max(256),
    lastAcked: position.optional(),
    timeline: z.string().min(1).max(64).optional(),
  }),
  /** The client has processed everything up to `seq`. */
  z.object({ type: z.literal('ack'), seq: position }),
  /** Asks for `synced` once everything committed so far has been sent on this connection. */
  z.object({ type: z.literal('sync'), id: z.string().min(1).max(64) }),
]);
export type ClientFrame = z.infer<typeof ClientFrame>;

/** What the server sends on the WebSocket; the client parses it at its own boundary. */
export const ServerFrame = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('welcome'),
    recipient: z.string(),
    /** Replay starts after this position (the hello's `lastAcked`, or the stored ack). */
    after: position,
    latest: position,
    /** The outbox's timeline: a restore starts a new one; say it in the next hello. */
    timeline: z.string(),
  }),
  z.object({
    type: z.literal('notification'),
    seq: z.number().int().min(1),
    kind: z.string(),
    body: z.unknown(),
    createdAt: z.number(),
  }),
  /**
   * What followed `after` is gone (retention), never existed, or was lost in a restore (the
   * hello's timeline is not this one past their fork): reload, go on from `latest`.
   */
  z.object({
    type: z.literal('resync'),
    after: position,
    firstAvailable: position,
    latest: position,
  }),
  z.object({ type: z.literal('acked'), seq: position }),
  z.object({ type: z.literal('synced'), id: z.string() }),
  z.object({
    type: z.literal('error'),
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
]);
export type ServerFrame = z.infer<typeof ServerFrame>;

/** WebSocket close codes the server uses (4000-4999 are the application's). */
export const CLOSE_CODES = {
  /** The session is unknown, ended or expired. */
  unauthenticated: 4401,
  /** No hello came within one heartbeat. */
  helloTimeout: 4408,
  /** The server is shutting down or restarting. */
  goingAway: 1001,
  /** The client sent frames faster than they are handled (more than 4 MiB waiting). */
  policy: 1008,
} as const;
