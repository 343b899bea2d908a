import { z } from 'zod';

/** An alert monitoring raised, e.g. the canary analysis that aborted a rollout. */
export const ModelAlert = z.object({
  id: z.string().min(1),
  model: z.string().min(1),
  version: z.string().min(1),
  kind: z.literal('canary_failed'),
  reasons: z.array(z.string()).min(1),
  stats: z.object({
    calls: z.int(),
    errors: z.int(),
    slow: z.int(),
    disagreements: z.int(),
  }),
  raisedAt: z.int(),
});
export type ModelAlert = z.infer<typeof ModelAlert>;
