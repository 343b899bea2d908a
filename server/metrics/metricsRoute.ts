import type { Hono } from 'hono';
import type { System } from '../../system/index.js';
import { bearerToken } from '../commandRequest.js';
import type { ServerMetrics } from './ServerMetrics.js';

/**
 * Who may scrape: `staff` (a bearer session of any role but patient), or `open` on a listener
 * bound to the operator's own address.
 */
export type MetricsAccess = 'staff' | 'open';

/** `GET /metrics` in the Prometheus text format. */
export function metricsRoute(
  app: Hono,
  metrics: ServerMetrics,
  access: MetricsAccess,
  system: System,
): void {
  app.get('/metrics', async (c) => {
    if (access === 'staff') {
      const token = bearerToken(c.req.header('authorization'));
      const role = token === undefined ? null : system.sessionRole(token);
      if (role === null) {
        c.header('WWW-Authenticate', 'Bearer realm="medassist"');
        return c.json({ ok: false, error: { code: 'unauthenticated' } }, 401);
      }
      if (role === 'patient')
        return c.json({ ok: false, error: { code: 'forbidden', entity: 'metrics' } }, 403);
    }
    const { text, contentType } = await metrics.scrape();
    c.header('Content-Type', contentType);
    c.header('Cache-Control', 'no-store');
    return c.body(text);
  });
}
