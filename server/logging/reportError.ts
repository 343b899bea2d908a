import type { Logger } from 'pino';
import { isAbortedUpload } from './isAbortedUpload.js';

/**
 * The `onError` of what runs outside a request (the scheduler, group commit): an error with
 * its stack at error level, once; an aborted upload as one line at info.
 */
export function reportError(log: Logger, where: string): (error: unknown) => void {
  return (error) => {
    if (isAbortedUpload(error)) log.info({ where }, 'upload aborted');
    else log.error({ where, err: error }, 'unexpected error');
  };
}
