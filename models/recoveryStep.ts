import { z } from 'zod';
import { FaultStep } from './faultStep.js';

/**
 * A step of the disaster-recovery walk: the fault walk's steps, plus taking a backup of the
 * live database, restoring the latest backup over it (a restart on the restored copy, which
 * leaves the real-time client disconnected), and the client's reconnection.
 */
export const RecoveryStep = z.union([
  FaultStep,
  z.object({ type: z.literal('BACKUP') }),
  z.object({ type: z.literal('RESTORE') }),
  z.object({ type: z.literal('RECONNECT') }),
]);
export type RecoveryStep = z.infer<typeof RecoveryStep>;
