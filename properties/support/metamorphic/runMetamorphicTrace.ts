import { check } from '../../../harness/InvariantViolation.js';
import type { RunProbe } from '../../../harness/PropertyDefinition.js';
import type { AssessmentId, System } from '../../../system/index.js';
import type { SignedInUser } from '../signUp.js';
import type { MetamorphicStep, Relation } from './MetamorphicStep.js';
import { metamorphicCase, type Urgency } from './metamorphicCase.js';

/**
 * Runs each step's messages through the system's public commands, each as the first message
 * of a fresh conversation, and checks the step's relation on the acuities stored. `only`
 * restricts the checks to one relation (a broken variant is judged on the relation it breaks).
 */
export async function runMetamorphicTrace(
  steps: readonly MetamorphicStep[],
  system: System,
  patient: SignedInUser,
  probe: RunProbe,
  only?: Relation,
): Promise<void> {
  for (const [i, step] of steps.entries()) {
    const c = metamorphicCase(step);
    if (only !== undefined && c.relation !== only) continue;
    const acuities: Urgency[] = [];
    for (const text of c.texts) acuities.push(await triage(system, patient.session, text));
    probe.label('relation', c.relation);
    probe.digest(`${c.relation} ${acuities.join(',')}`);
    const problem = c.problem(acuities);
    check(
      problem === null,
      c.relation,
      i,
      () => problem!,
      () => ({
        expected: c.expects,
        actual: c.texts.map((t, k) => ({ text: t, acuity: acuities[k] })),
      }),
    );
  }
}

async function triage(system: System, session: string, text: string): Promise<Urgency> {
  const started = await system.execute({ type: 'startConversation', session });
  if (!started.ok) throw new Error(`startConversation refused: ${started.error.code}`);
  const sent = await system.execute({
    type: 'sendMessage',
    session,
    conversationId: started.value.conversationId,
    text,
  });
  if (!sent.ok)
    throw new Error(`sendMessage refused: ${sent.error.code} for ${JSON.stringify(text)}`);
  const assessment = system.assessment(sent.value.assessmentId as AssessmentId);
  if (!assessment) throw new Error('no assessment stored');
  return assessment.acuity;
}
