import { getConnInfo } from '@hono/node-server/conninfo';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { System } from '../system/index.js';
import { mountPages } from '../web/mountPages.js';
import { bearerToken, commandRequest } from './commandRequest.js';
import { notificationRoutes } from './notificationRoutes.js';
import { reply } from './reply.js';
import { foreignOrigin, unsupportedMediaType, utf8Text } from './requestChecks.js';

/** How the HTTP API is built. */
export interface AppOptions {
  /** The largest request body read, in bytes; larger ones get 413 unread. */
  maxBodyBytes?: number;
  /**
   * Origins (`https://clinic.example`) whose pages may send state-changing requests, besides
   * the server's own (a TLS proxy in front, another front end).
   */
  allowedOrigins?: readonly string[];
  /** Told of every exception a request ran into (broken infrastructure, bugs). */
  onError?: (error: unknown) => void;
  /**
   * Mounts the operator's routes and middleware (health, metrics, request logs) before any
   * other but the security headers, so that they see every request, refused ones included.
   */
  operations?: (app: Hono) => void;
  /**
   * Told, in one line, of a client that went away before its body was read (a closed tab, a
   * dropped connection): not a fault of the server, so not an `onError` with its stack.
   */
  onClientAbort?: (line: string) => void;
}

/**
 * Commands the API does not take: the system's own timers run from the server's scheduler,
 * so that no client can drive the clock's consequences.
 */
const NOT_ROUTED: ReadonlySet<string> = new Set(['runDueTimers']);

/**
 * The HTTP API over a system: `POST /api/commands/:type` for every command, the outbox under
 * `/api/notifications`, and `GET /health`. Every request to a command route runs exactly one
 * command, so it appends exactly one audit event (a retry with a used idempotency key gets the
 * first answer and appends none, as in-process); the API adds none of its own.
 */
export function createApp(system: System, options: AppOptions = {}): Hono {
  const maxSize = options.maxBodyBytes ?? 1 << 20;
  const app = new Hono();
  // Why first: it must wrap every answer, refusals, 404s, 413s and 500s included. Why no-store:
  // answers carry session tokens and patient history, which no cache (browser, proxy) may
  // keep; why nosniff: a JSON answer must never be read as a script or a page.
  app.use('*', async (c, next) => {
    PEERS.set(c.req.raw, peerOf(c));
    await next();
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    if (/^\/(?:api\/|health\b|metrics\b)/.test(c.req.path))
      c.res.headers.set('Cache-Control', 'no-store');
  });
  options.operations?.(app);
  app.use(
    '/api/*',
    bodyLimit({
      maxSize,
      // Why close: the rest of the body stays unread, so the connection cannot be reused.
      onError: (c) => {
        c.header('Connection', 'close');
        return c.json({ ok: false, error: { code: 'payload_too_large', maxSize } }, 413);
      },
    }),
  );
  app.get('/health', (c) => c.json({ ok: true }));
  const allowed = new Set(options.allowedOrigins ?? []);
  app.post('/api/commands/:type', async (c) => {
    const type = c.req.param('type');
    if (NOT_ROUTED.has(type))
      return c.json({ ok: false, error: { code: 'no_route', path: c.req.path } }, 404);
    // Why audited though no command runs: a refused cross-site request is an attack on a
    // user's session or on the bootstrap, and must be on the record like any refusal.
    const request = { type, correlationId: c.req.header('x-correlation-id') };
    const foreign = foreignOrigin(c, allowed);
    if (foreign) return reply(c, system.refuseRequest(request, foreign));
    const bytes = await c.req.arrayBuffer();
    const mediaType = unsupportedMediaType(c.req.header('content-type'), bytes.byteLength);
    if (mediaType) return reply(c, system.refuseRequest(request, mediaType));
    const text = utf8Text(bytes);
    if (text === null) return reply(c, system.refuseRequest(request, { code: 'invalid_encoding' }));
    const command = commandRequest(type, text, {
      session: bearerToken(c.req.header('authorization')),
      idempotencyKey: c.req.header('idempotency-key'),
      correlationId: c.req.header('x-correlation-id'),
    });
    const peer = PEERS.get(c.req.raw) ?? peerOf(c);
    return reply(c, await system.executeUnknown(command, { peer }));
  });
  notificationRoutes(app, system, allowed);
  // The web pages (`/`, `/chat`, `/dashboard`) are shells over this same API.
  mountPages(app);
  app.notFound((c) => c.json({ ok: false, error: { code: 'no_route', path: c.req.path } }, 404));
  app.onError((error, c) => {
    if (isClientAbort(error)) {
      options.onClientAbort?.(
        `client aborted ${c.req.method} ${c.req.path} from ${PEERS.get(c.req.raw) ?? 'unknown'} before its body was read`,
      );
      // Why an answer at all: Hono needs one; nobody is there to read it.
      return c.json({ ok: false, error: { code: 'aborted' } }, 400);
    }
    options.onError?.(error);
    return c.json({ ok: false, error: { code: 'internal' } }, 500);
  });
  return app;
}

/** Each request's peer, read when it arrived (a socket that closed no longer tells). */
const PEERS = new WeakMap<Request, string>();

/** The client's address, from the socket (never from a header a client could write). */
function peerOf(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Why: `app.request()` in tests has no socket.
    return 'unknown';
  }
}

/** Whether an error is Node's for a request whose client closed mid-body. */
function isClientAbort(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown };
  return e?.code === 'ECONNRESET' && e.message === 'aborted';
}
