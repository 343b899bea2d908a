import type { Hono } from 'hono';
import type { System } from '../../system/index.js';
import { healthRoutes } from '../health/healthRoutes.js';
import type { PumpMonitor } from '../health/PumpMonitor.js';

/** What the operator's routes are built from. */
export interface OperationsParts {
  system: System;
  pump: PumpMonitor;
}

/** The `operations` hook of `createApp`: health routes. */
export function mountOperations(parts: OperationsParts): (app: Hono) => void {
  return (app) => {
    healthRoutes(app, parts.system, parts.pump);
  };
}
