import type { Hono } from 'hono';
import type { System } from '../../system/index.js';
import { healthRoutes } from '../health/healthRoutes.js';
import type { PumpMonitor } from '../health/PumpMonitor.js';
import { metricsRoute } from '../metrics/metricsRoute.js';
import type { ServerMetrics } from '../metrics/ServerMetrics.js';

/** What the operator's routes are built from. */
export interface OperationsParts {
  system: System;
  pump: PumpMonitor;
  /** Served at `/metrics` to staff sessions; absent when an operator listener serves them. */
  staffMetrics?: ServerMetrics;
}

/** The `operations` hook of `createApp`: health routes, and metrics for staff. */
export function mountOperations(parts: OperationsParts): (app: Hono) => void {
  return (app) => {
    healthRoutes(app, parts.system, parts.pump);
    if (parts.staffMetrics) metricsRoute(app, parts.staffMetrics, 'staff', parts.system);
  };
}
