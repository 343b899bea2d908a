import { z } from 'zod';

const Rate = z.number().min(0).max(1);
const Count = z.int().min(0);

/**
 * How a classifier did on a labelled set. Acuity 1 is the most urgent, so under-triage means
 * predicted acuity > label, over-triage predicted acuity < label.
 */
export const ModelMetrics = z.object({
  examples: Count,
  accuracy: Rate,
  /** Share of each acuity's examples predicted at exactly that acuity; null with none. */
  recallByAcuity: z.object({
    1: Rate.nullable(),
    2: Rate.nullable(),
    3: Rate.nullable(),
    4: Rate.nullable(),
    5: Rate.nullable(),
  }),
  /** `confusion[label - 1][predicted - 1]`: counts of examples. */
  confusion: z.array(z.array(Count).length(5)).length(5),
  underTriageRate: Rate,
  overTriageRate: Rate,
  /** Examples labelled acuity 1-2, the emergencies, counted apart. */
  emergencyExamples: Count,
  /** Share of emergencies predicted less urgent than their label (a 1 predicted 2 counts). */
  emergencyUnderTriageRate: Rate,
  /** Share of emergencies predicted 3-5, i.e. not escalated by the model at all. */
  emergencyMissRate: Rate,
});
export type ModelMetrics = z.infer<typeof ModelMetrics>;
