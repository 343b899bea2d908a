import { check } from '../../harness/InvariantViolation.js';
import type { RunProbe } from '../../harness/PropertyDefinition.js';
import type { Answer, HistoryPage, MessageSentValue } from '../../system/index.js';
import { CLINIC_TEXTS } from '../support/clinicTexts.js';
import type { CrashableSystem } from './CrashableSystem.js';
import type { CrashStep } from './CrashStep.js';
import { CRASH_BOOTSTRAP_TOKEN } from './crashBootstrapToken.js';

const TEXTS = {
  emergency: CLINIC_TEXTS.emergency2,
  review: CLINIC_TEXTS.review,
  routine: CLINIC_TEXTS.routine,
};

interface Inspection {
  audit: { ok: boolean };
  counts: Record<string, number>;
}

/**
 * Runs a crash trace (invariant 22): after every SIGKILL and restart, every acknowledged
 * message is there with its assessment, the one in flight is there whole or not at all, the
 * audit log verifies, and the outbox still holds every notification it held. Reports each
 * restart's recovery time (process start to ready) and how many acknowledged messages it
 * re-read: with the crash label's count, the figures of a deep run.
 */
export async function runCrashTrace(
  steps: readonly CrashStep[],
  system: CrashableSystem,
  probe: RunProbe,
): Promise<void> {
  await system.start();
  const { session, conversationId } = await setUp(system);
  const acknowledged: string[] = [];
  let before = await inspect(system);
  for (const [i, step] of steps.entries()) {
    // Why only the steps: whether a killed command committed depends on physical timing.
    probe.digest(`${JSON.stringify(step)}\n`);
    const command = {
      type: 'sendMessage',
      session,
      conversationId,
      text: `${TEXTS[step.kind]} (${i})`,
    };
    if (step.type === 'SEND') {
      const answer = (await system.execute(command)) as Answer<MessageSentValue>;
      check(answer.ok, 'crash', i, () => `a message was refused: ${JSON.stringify(answer)}`);
      acknowledged.push(command.text);
      before = await inspect(system);
      continue;
    }
    await system.crashDuring(command, step.delayMs);
    probe.measure('recovery ms', await system.start());
    const after = await inspect(system);
    const history = (await system.execute({
      type: 'readHistory',
      session,
      conversationId,
      limit: 100,
    })) as Answer<HistoryPage>;
    check(
      history.ok,
      '22',
      i,
      () => `history unreadable after restart: ${JSON.stringify(history)}`,
    );
    const texts = history.value.items.map((item) => item.message.text);
    const committed = texts.length === acknowledged.length + 1;
    check(
      texts.slice(0, acknowledged.length).join('\n') === acknowledged.join('\n') &&
        (committed || texts.length === acknowledged.length),
      '22',
      i,
      () =>
        `after the restart history holds ${JSON.stringify(texts)}; acknowledged were ${JSON.stringify(acknowledged)}`,
    );
    check(
      history.value.items.every((item) => item.reply !== null),
      '22',
      i,
      () => 'a message survived without its assessment',
    );
    check(
      after.audit.ok,
      '22',
      i,
      () => `the audit log does not verify after the restart: ${JSON.stringify(after.audit)}`,
    );
    const grew = (key: string) => after.counts[key]! - (before.counts[key] ?? 0);
    check(
      grew('messages') === (committed ? 1 : 0) && grew('assessments') === grew('messages'),
      '22',
      i,
      () =>
        `half a command survived: ${JSON.stringify(before.counts)} -> ${JSON.stringify(after.counts)}`,
    );
    check(
      grew('auditEvents') === (committed ? 1 : 0) && grew('notifications') >= 0,
      '22',
      i,
      () =>
        `the audit log or the outbox lost or gained events: ${JSON.stringify(before.counts)} -> ${JSON.stringify(after.counts)}`,
    );
    probe.label(
      'crash',
      committed ? 'in flight: committed' : 'in flight: lost (never acknowledged)',
    );
    probe.measure('acknowledged messages re-read after a restart', acknowledged.length);
    if (committed) acknowledged.push(command.text);
    before = await inspect(system);
  }
  await system.kill();
}

async function inspect(
  system: CrashableSystem,
): Promise<Inspection & { counts: Record<string, number> }> {
  const answer = (await system.execute({ $inspect: true })) as Answer<Inspection>;
  if (!answer.ok) throw new Error('inspection failed');
  return answer.value;
}

async function setUp(
  system: CrashableSystem,
): Promise<{ session: string; conversationId: string }> {
  const admin = { username: 'u.admin', password: 'admin-password' };
  await system.execute({
    type: 'bootstrapAdmin',
    ...admin,
    displayName: 'Admin',
    bootstrapToken: CRASH_BOOTSTRAP_TOKEN,
  });
  const adminIn = (await system.execute({ type: 'signIn', ...admin })) as Answer<{
    session: string;
  }>;
  if (!adminIn.ok) throw new Error('setup: admin');
  await system.execute({
    type: 'createStaff',
    session: adminIn.value.session,
    username: 'u.n0',
    password: 'n0-password',
    displayName: 'n0',
    role: 'nurse',
  });
  const patient = { username: 'u.patient', password: 'patient-password' };
  await system.execute({ type: 'registerPatient', ...patient, displayName: 'Patient' });
  const signedIn = (await system.execute({ type: 'signIn', ...patient })) as Answer<{
    session: string;
  }>;
  if (!signedIn.ok) throw new Error('setup: patient');
  const started = (await system.execute({
    type: 'startConversation',
    session: signedIn.value.session,
  })) as Answer<{ conversationId: string }>;
  if (!started.ok) throw new Error('setup: conversation');
  return { session: signedIn.value.session, conversationId: started.value.conversationId };
}
