import { z } from 'zod';
import { Acuity } from '../domain/acuity.js';

/** What triage asks the model. */
export interface ModelInput {
  text: string;
  patientId: string;
  /** When the answer is due, on the system clock: a later answer is discarded as a timeout. */
  deadline?: number;
}

/** A model's answer, parsed at the boundary: the model server is outside the trust line. */
export const ModelPrediction = z.object({
  acuity: Acuity,
  confidence: z.number().min(0).max(1),
  rationale: z.string().min(1).max(2000),
  version: z.string().min(1).max(128),
});
export type ModelPrediction = z.infer<typeof ModelPrediction>;

/**
 * The port to a text classifier. It may throw, time out or answer garbage; triage treats
 * each as "model unavailable" and degrades safely.
 */
export interface ModelServer {
  predict(input: ModelInput): Promise<unknown>;
}
