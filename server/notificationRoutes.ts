import type { Hono } from 'hono';
import { z } from 'zod';
import type { System } from '../system/index.js';
import { bearerToken } from './commandRequest.js';
import { NO_SESSION, reply } from './reply.js';
import { foreignOrigin, unsupportedMediaType, utf8Text } from './requestChecks.js';

const position = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const ReadQuery = z.object({
  after: position.optional(),
  limit: position.min(1).max(1000).default(500),
});
const AckBody = z.object({ seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) });

const issuesOf = (error: z.ZodError) =>
  error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));

/**
 * The outbox over plain HTTP, for clients that cannot hold a WebSocket open:
 * `GET /api/notifications?after=N&limit=M` reads a page (with `resync` past retention) and
 * `POST /api/notifications/ack {"seq": N}` acknowledges. Neither is a command nor audited.
 */
export function notificationRoutes(
  app: Hono,
  system: System,
  allowedOrigins: ReadonlySet<string>,
): void {
  app.get('/api/notifications', (c) => {
    const session = bearerToken(c.req.header('authorization'));
    if (session === undefined) return reply(c, NO_SESSION);
    const query = ReadQuery.safeParse(c.req.query());
    if (!query.success)
      return reply(c, {
        ok: false,
        error: { code: 'invalid_command', issues: issuesOf(query.error) },
      });
    return reply(c, system.notificationsAfter(session, query.data.after ?? null, query.data.limit));
  });

  app.post('/api/notifications/ack', async (c) => {
    // Why these checks before the session's: a page elsewhere learns nothing about it.
    const foreign = foreignOrigin(c, allowedOrigins);
    if (foreign) return reply(c, { ok: false, error: foreign });
    const bytes = await c.req.arrayBuffer();
    const mediaType = unsupportedMediaType(c.req.header('content-type'), bytes.byteLength);
    if (mediaType) return reply(c, { ok: false, error: mediaType });
    const session = bearerToken(c.req.header('authorization'));
    if (session === undefined) return reply(c, NO_SESSION);
    const text = utf8Text(bytes);
    if (text === null) return reply(c, { ok: false, error: { code: 'invalid_encoding' } });
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      raw = undefined;
    }
    const body = AckBody.safeParse(raw);
    if (!body.success)
      return reply(c, {
        ok: false,
        error: { code: 'invalid_command', issues: issuesOf(body.error) },
      });
    return reply(c, system.ackNotifications(session, body.data.seq));
  });
}
