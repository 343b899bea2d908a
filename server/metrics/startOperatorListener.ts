import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { Hono } from 'hono';
import type { System } from '../../system/index.js';
import { healthRoutes } from '../health/healthRoutes.js';
import type { PumpMonitor } from '../health/PumpMonitor.js';
import { metricsRoute } from './metricsRoute.js';
import type { ServerMetrics } from './ServerMetrics.js';

/** A listener on the operator's address: `/metrics` without a session, and the health routes. */
export interface OperatorListener {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Listens on `host:port` (the operator's network, never the patients') for scrapes.
 * WARNING: it asks for no session; bind it only where patients cannot reach.
 */
export async function startOperatorListener(
  options: { host: string; port: number },
  parts: { system: System; pump: PumpMonitor; metrics: ServerMetrics },
): Promise<OperatorListener> {
  const app = new Hono();
  healthRoutes(app, parts.system, parts.pump);
  metricsRoute(app, parts.metrics, 'open', parts.system);
  app.notFound((c) => c.json({ ok: false, error: { code: 'no_route', path: c.req.path } }, 404));
  const server = createAdaptorServer({ fetch: app.fetch, hostname: options.host }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
