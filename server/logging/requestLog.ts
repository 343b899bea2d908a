import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Logger } from 'pino';
import { commandLabel } from '../metrics/commandLabel.js';
import type { Stopwatch } from '../metrics/Stopwatch.js';
import { isAbortedUpload } from './isAbortedUpload.js';

const COMMAND_ROUTE = /^\/api\/commands\/([^/]*)$/;
const CORRELATION_ID = /^[A-Za-z0-9_.:-]{1,64}$/;

/**
 * One JSON line per request, after its answer: method, route, command type, status, duration
 * and correlation id; never a body, a header value, a query or a token. A request that threw
 * is logged once, at error level with the stack; an aborted upload once, at info.
 * Why the route (the pattern that answered, as the code declares it) and not the path: a path
 * may be anything a client typed.
 */
export function requestLog(log: Logger, stopwatch: Stopwatch): MiddlewareHandler {
  return async (c, next) => {
    const started = stopwatch.now();
    await next();
    const command = c.req.path.match(COMMAND_ROUTE);
    const route = routePath(c, -1);
    const correlationId = c.res.headers.get('x-correlation-id');
    const line = {
      method: c.req.method,
      route: route === '*' || route === '/*' ? 'unmatched' : route,
      ...(command ? { command: commandLabel(command[1]) } : {}),
      status: c.res.status,
      durationMs: Math.round((stopwatch.now() - started) * 1000) / 1000,
      ...(correlationId && CORRELATION_ID.test(correlationId) ? { correlationId } : {}),
    };
    if (c.error === undefined) log.info(line, 'request');
    else if (isAbortedUpload(c.error)) log.info(line, 'upload aborted');
    else log.error({ ...line, err: c.error }, 'request failed');
  };
}
