import {
  type Acuity,
  type AssessmentId,
  createSystem,
  type ModelServer,
  type System,
  VirtualClock,
} from '../system/index.js';
import type { Vignette } from './Vignette.js';

/** What the system made of one vignette, as the patient and the nurses would see it. */
export interface VignetteOutcome {
  id: string;
  acuity: Acuity;
  escalated: boolean;
  degraded: boolean;
  /** The patient was told, at once, to look after themselves. */
  selfCare: boolean;
  advice: string;
  modelVersion: string;
  rationale: string;
}

// Why cheap hashing: the eval signs up one patient, not a population; scrypt's production
// cost would be most of the run.
const CHEAP_PASSWORDS = { N: 16, r: 1, p: 1 };

/**
 * Sends each vignette as the first message of a fresh conversation of one patient, through
 * the system's public commands, with the given model server behind the triage (none: the
 * system's default). The answer is read back as stored.
 */
export async function triageVignettes(
  vignettes: readonly Vignette[],
  modelServer?: ModelServer,
): Promise<VignetteOutcome[]> {
  const system = createSystem({
    clock: new VirtualClock(),
    seed: 1,
    config: { passwordCost: CHEAP_PASSWORDS, sessionTtlMs: 365 * 86_400_000 },
    ...(modelServer ? { modelServer } : {}),
  });
  const session = await signUp(system);
  const outcomes: VignetteOutcome[] = [];
  for (const vignette of vignettes) {
    const started = await system.execute({ type: 'startConversation', session });
    if (!started.ok) throw new Error(`startConversation: ${JSON.stringify(started.error)}`);
    const { conversationId } = started.value;
    const sent = await system.execute({
      type: 'sendMessage',
      session,
      conversationId,
      text: vignette.text,
    });
    if (!sent.ok) throw new Error(`${vignette.id}: refused: ${JSON.stringify(sent.error)}`);
    const assessment = system.assessment(sent.value.assessmentId as AssessmentId);
    if (!assessment) throw new Error(`${vignette.id}: no assessment stored`);
    const { reply } = sent.value;
    outcomes.push({
      id: vignette.id,
      acuity: assessment.acuity,
      escalated: sent.value.escalationId !== null,
      degraded: assessment.degraded,
      selfCare: !reply.awaitingReview && assessment.acuity === 5 && !assessment.degraded,
      advice: reply.advice,
      modelVersion: assessment.modelVersion,
      rationale: assessment.rationale,
    });
  }
  return outcomes;
}

async function signUp(system: System): Promise<string> {
  const credentials = { username: 'eval.patient', password: 'eval-patient-password' };
  const registered = await system.execute({
    type: 'registerPatient',
    ...credentials,
    displayName: 'Eval Patient',
  });
  if (!registered.ok) throw new Error(`registerPatient: ${JSON.stringify(registered.error)}`);
  const signedIn = await system.execute({ type: 'signIn', ...credentials });
  if (!signedIn.ok) throw new Error(`signIn: ${JSON.stringify(signedIn.error)}`);
  return signedIn.value.session;
}
