import type { ReviewCase } from '../domain/reviewCase.js';
import type { SystemConfig } from '../kernel/SystemConfig.js';

/** When a nurse should have decided a case: its creation plus its acuity's review time. */
export function reviewDue(
  config: SystemConfig,
  c: Pick<ReviewCase, 'acuity' | 'createdAt'>,
): number {
  return c.createdAt + config.reviewDueMs[c.acuity];
}
