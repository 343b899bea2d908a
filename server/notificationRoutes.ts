import type { Hono } from 'hono';
import { z } from 'zod';
import type { System } from '../system/index.js';
import { bearerToken } from './commandRequest.js';
import { NO_SESSION, reply } from './reply.js';
import { foreignOrigin, unsupportedMediaType, utf8Text } from './requestChecks.js';

/**
 * A query parameter that is a position: decimal digits only, no sign, no leading zero, no
 * space, at most `Number.MAX_SAFE_INTEGER`. Why strict: `after=` once read as 0 (redelivering
 * everything) and `after=0x10` as 16 (issue 17, D15).
 */
const position = z
  .string()
  .regex(/^(0|[1-9][0-9]{0,15})$/, 'expected a decimal integer >= 0, digits only')
  .transform(Number)
  .refine(Number.isSafeInteger, 'expected an integer <= 2^53 - 1');
const ReadQuery = z.strictObject({
  after: position.optional(),
  limit: position
    .refine((n) => n >= 1 && n <= 1000, 'expected an integer from 1 to 1000')
    .optional(),
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
    const repeated = Object.entries(c.req.queries()).find(([, values]) => values.length > 1);
    if (repeated)
      return reply(c, {
        ok: false,
        error: {
          code: 'invalid_command',
          issues: [{ path: repeated[0], message: 'given more than once' }],
        },
      });
    const query = ReadQuery.safeParse(c.req.query());
    if (!query.success)
      return reply(c, {
        ok: false,
        error: { code: 'invalid_command', issues: issuesOf(query.error) },
      });
    const { after, limit } = query.data;
    return reply(c, system.notificationsAfter(session, after ?? null, limit ?? 500));
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
