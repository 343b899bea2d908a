import type { Hono } from 'hono';
import type { System } from '../../system/index.js';
import { judgeReadiness } from './judgeReadiness.js';
import type { PumpMonitor } from './PumpMonitor.js';

/**
 * `GET /health/live` (the process answers: always 200) and `GET /health/ready` (200 when
 * ready, 503 when not, with every check in the body). Readiness is probed on each request,
 * never cached, so it turns on the first probe after a change.
 * WARNING: each ready probe commits one small write; probe every few seconds, not in a loop.
 */
export function healthRoutes(app: Hono, system: System, pump: PumpMonitor): void {
  app.get('/health/live', (c) => c.json({ live: true }));
  app.get('/health/ready', (c) => {
    const readiness = judgeReadiness(system.health(), pump);
    c.header('Cache-Control', 'no-store');
    return c.json(readiness, readiness.ready ? 200 : 503);
  });
}
