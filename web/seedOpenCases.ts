import { TEST_BOOTSTRAP_TOKEN } from '../server/startTestServer.js';
import type { System } from '../system/index.js';

/** The accounts a seeded system has; every password is `<username>-password`. */
export interface SeededClinic {
  nurse: { username: string; password: string };
  caseIds: string[];
}

/** A message the baseline triage sends to nurse review (acuity 3), so each opens a case. */
const REVIEW_TEXT = 'I have been vomiting all day and cannot keep anything down';

/**
 * Fills an empty system with open review cases: an admin, one nurse (`nurse.load`), and
 * patients who each send review messages, `perPatient` at most, until there are `cases`.
 * WARNING: the system must be empty (it creates the first admin, with `bootstrapToken`).
 */
export async function seedOpenCases(
  system: System,
  cases: number,
  perPatient = 50,
  bootstrapToken = TEST_BOOTSTRAP_TOKEN,
): Promise<SeededClinic> {
  const must = <T>(
    answer: { ok: true; value: T } | { ok: false; error: unknown },
    what: string,
  ) => {
    if (!answer.ok) throw new Error(`${what}: ${JSON.stringify(answer.error)}`);
    return answer.value;
  };
  const admin = { username: 'admin.load', password: 'admin.load-password' };
  must(
    await system.execute({
      type: 'bootstrapAdmin',
      ...admin,
      displayName: 'Admin',
      bootstrapToken,
    }),
    'admin',
  );
  const adminSession = must(await system.execute({ type: 'signIn', ...admin }), 'admin sign-in');
  const nurse = { username: 'nurse.load', password: 'nurse.load-password' };
  must(
    await system.execute({
      type: 'createStaff',
      session: adminSession.session,
      ...nurse,
      displayName: 'Nurse',
      role: 'nurse',
    }),
    'nurse',
  );
  const caseIds: string[] = [];
  for (let p = 0; caseIds.length < cases; p++) {
    const patient = { username: `patient.${p}`, password: `patient.${p}-password` };
    must(
      await system.execute({ type: 'registerPatient', ...patient, displayName: `P${p}` }),
      'patient',
    );
    const { session } = must(await system.execute({ type: 'signIn', ...patient }), 'sign-in');
    const { conversationId } = must(
      await system.execute({ type: 'startConversation', session }),
      'conversation',
    );
    for (let m = 0; m < perPatient && caseIds.length < cases; m++) {
      const sent = must(
        await system.execute({ type: 'sendMessage', session, conversationId, text: REVIEW_TEXT }),
        'message',
      );
      if (sent.caseId === null) throw new Error('a review message opened no case');
      caseIds.push(sent.caseId);
    }
  }
  return { nurse, caseIds };
}
