import type { Hono } from 'hono';
import type { Logger } from 'pino';
import type { System } from '../../system/index.js';
import { healthRoutes } from '../health/healthRoutes.js';
import type { PumpMonitor } from '../health/PumpMonitor.js';
import { requestLog } from '../logging/requestLog.js';
import { metricsRoute } from '../metrics/metricsRoute.js';
import type { ServerMetrics } from '../metrics/ServerMetrics.js';
import type { Stopwatch } from '../metrics/Stopwatch.js';

/** What the operator's routes are built from. */
export interface OperationsParts {
  system: System;
  pump: PumpMonitor;
  /** Served at `/metrics` to staff sessions; absent when an operator listener serves them. */
  staffMetrics?: ServerMetrics;
  /** One line per request; exceptions of requests are logged here, with their stack. */
  log?: { logger: Logger; stopwatch: Stopwatch };
}

/** The `operations` hook of `createApp`: request logs, health routes, and metrics for staff. */
export function mountOperations(parts: OperationsParts): (app: Hono) => void {
  return (app) => {
    if (parts.log) app.use('*', requestLog(parts.log.logger, parts.log.stopwatch));
    healthRoutes(app, parts.system, parts.pump);
    if (parts.staffMetrics) metricsRoute(app, parts.staffMetrics, 'staff', parts.system);
  };
}
