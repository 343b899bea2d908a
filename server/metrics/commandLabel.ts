import { COMMAND_ACTIONS } from '../../system/index.js';

/**
 * A command type as a metric or log label: a known type as it is, anything else `unknown`.
 * Why: the type comes from the URL, and a label taken from a client is unbounded and may hold
 * whatever a person typed there.
 */
export function commandLabel(type: unknown): string {
  return typeof type === 'string' && Object.hasOwn(COMMAND_ACTIONS, type) ? type : 'unknown';
}
