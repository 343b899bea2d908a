import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '../../harness/InvariantViolation.js';
import type { RunProbe } from '../../harness/PropertyDefinition.js';
import { runTrace } from '../../harness/runTrace.js';
import type { FaultStep } from '../../models/faultStep.js';
import type { RecoveryStep } from '../../models/recoveryStep.js';
import { recoveryWorld } from '../../models/recoveryWorld.js';
import { commitSignal } from '../../server/commitSignal.js';
import {
  type BackupManifest,
  backupDatabase,
  createSystem,
  openSqliteStore,
  type SqliteStore,
  type System,
  seededIds,
} from '../../system/index.js';
import { checkAuditChain } from './checkAuditStep.js';
import { FaultyStore } from './FaultyStore.js';
import { RecoveryRealtime } from './RecoveryRealtime.js';
import type { RecoveryTools } from './recoveryVariants.js';
import { rejectionCode } from './rejectionCode.js';
import {
  checkFaultStep,
  type FaultRun,
  type Memory,
  type SentFaultStep,
  SILENT,
  sendFaultStep,
} from './runFaultTrace.js';
import { type SignedInUser, TEST_PASSWORD_COST } from './signUp.js';
import { testSystem } from './testSystem.js';

/** A backup the trace took: where its manifest is, and what the system held then. */
interface Taken {
  manifestPath: string;
  manifest: BackupManifest;
  memory: Memory;
  state: string;
}

/**
 * The records as they stand, read without a command (a read command would be audited, and
 * so change what it reads): every count, the audit head, and every conversation's escalations.
 */
function recordState(system: System, memory: Memory): string {
  return JSON.stringify({
    counts: system.counts(),
    head: system.lastAuditEvent()?.hash ?? null,
    escalations: memory.conversations.map((id) =>
      system.escalations(id as never).map((e) => [e.acuity, e.status, e.level]),
    ),
  });
}

const copyMemory = (m: Memory): Memory => ({
  patients: m.patients,
  conversations: [...m.conversations],
  answers: new Map(m.answers),
  lastKey: m.lastKey,
});

/**
 * Runs a disaster-recovery trace: fault steps as the fault property runs them; a backup is an
 * online copy of the live database through SQLite's backup API, verified, with its manifest;
 * a restore counts the work it will lose, restores the latest backup to a new file and
 * restarts the served system on it (same clock, fresh ids). After a restore, the records equal
 * those at the backup and hold exactly the conversations the model held then (invariant 25);
 * the audit chain verifies and ends at the backup's head (26); the work reported lost is every
 * command the model audited after the backup, and the accepted ones among them (27). A nurse's
 * real-time client, over real WebSocket, holds the nurse's outbox after every step it is
 * connected (28) and, reconnecting after a restore, resumes or is told to resync (29).
 */
export async function runRecoveryTrace(
  steps: readonly RecoveryStep[],
  live: SqliteStore,
  cast: { patients: readonly SignedInUser[]; nurse: SignedInUser },
  tools: RecoveryTools,
  probe: RunProbe | null,
): Promise<void> {
  const { patients, nurse } = cast;
  // Why memory-backed files where there are some: durability is the crash property's
  // concern; here each shrink attempt would otherwise wait on a dozen fsyncs.
  const dir = mkdtempSync(
    join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'medassist-recovery-'),
  );
  const opened: SqliteStore[] = [];
  let store = live;
  const faulty = new FaultyStore(store);
  let commits = commitSignal();
  const { system, clock } = testSystem(faulty.store, 5, { onCommit: commits.onCommit });
  const realtime = new RecoveryRealtime(nurse.userId);
  const memory: Memory = {
    patients: [...patients],
    conversations: [],
    answers: new Map(),
    lastKey: null,
  };
  let run: FaultRun = { system, clock, faulty, memory, probe };
  let taken: Taken | null = null;
  const reconnect = async (i: number) => {
    const resyncs = await realtime.reconnect(store, i);
    probe?.label('reconnection after a restore', resyncs > 0 ? 'told to resync' : 'resumed');
  };
  try {
    await realtime.start(system, commits, nurse.session);
    let sent: SentFaultStep | undefined;
    await runTrace(
      steps,
      {
        model: recoveryWorld,
        async perform(step, verdict, _, i) {
          sent = undefined;
          if (step.type === 'BACKUP') {
            const manifest = await backupDatabase(store.db, join(dir, `backup-${i}`), clock.now());
            taken = {
              manifestPath: join(dir, `backup-${i}`, `${manifest.file}.manifest.json`),
              manifest,
              memory: copyMemory(run.memory),
              state: recordState(run.system, run.memory),
            };
            probe?.label('recovery', 'backup');
          } else if (step.type === 'RESTORE' && verdict.accepted && taken) {
            const lost = tools.lost(run.system.auditLog(), taken.manifest);
            const target = join(dir, `restored-${i}.db`);
            const outcome = await tools.restore(
              taken.manifestPath,
              target,
              store,
              seededIds(2000 + i),
            );
            check(outcome.ok, '25', i, () => `the restore was refused: ${JSON.stringify(outcome)}`);
            store = openSqliteStore(target);
            store.db.pragma('synchronous = OFF');
            opened.push(store);
            const restoredFaulty = new FaultyStore(store);
            commits = commitSignal();
            run = {
              system: createSystem({
                store: restoredFaulty.store,
                clock,
                // Why a new seed per restart: the restored records hold ids the old seed made.
                ids: seededIds(1000 + i),
                config: { passwordCost: TEST_PASSWORD_COST, sessionTtlMs: 365 * 86_400_000 },
                onCommit: commits.onCommit,
              }),
              clock,
              faulty: restoredFaulty,
              memory: copyMemory(taken.memory),
              probe,
            };
            const restarted = run.system;
            await realtime.restart(restarted, commits);
            const backupState = taken.state;
            const state = recordState(restarted, run.memory);
            check(
              state === backupState,
              '25',
              i,
              () =>
                `after the restore the records are ${state}, at the backup they were ${backupState}`,
            );
            const counts = restarted.counts();
            const expected = verdict.restored!;
            check(
              counts.conversations === expected.conversations &&
                counts.closedConversations === expected.closed,
              '25',
              i,
              () =>
                `the model held ${expected.conversations} conversations (${expected.closed} closed) at the backup, the restored system ${counts.conversations} (${counts.closedConversations})`,
            );
            const audit = restarted.verifyAudit();
            check(
              audit.ok,
              '26',
              i,
              () => `the restored audit chain does not verify: ${JSON.stringify(audit)}`,
            );
            const head = restarted.lastAuditEvent()?.hash ?? null;
            const manifestHead = taken.manifest.auditHead?.hash ?? null;
            check(
              head === manifestHead,
              '26',
              i,
              () => `the restored log ends at ${head}, the backup at ${manifestHead}`,
            );
            const want = verdict.lost!;
            check(
              !lost.diverged && lost.commands === want.commands && lost.accepted === want.accepted,
              '27',
              i,
              () =>
                `the restore reported ${JSON.stringify(lost)} lost; ${want.commands} commands (${want.accepted} accepted) came after the backup`,
            );
            probe?.label('recovery', 'restore');
            probe?.measure('commands lost per restore', want.commands);
          } else if (step.type === 'RECONNECT') {
            if (verdict.accepted) await reconnect(i);
          } else if (step.type !== 'RESTORE') {
            sent = await sendFaultStep(run, step, verdict.fault!, i);
            return sent?.answer;
          }
          return undefined;
        },
        expectedCode: (verdict) =>
          verdict.fault === null ? null : rejectionCode(verdict.fault.rejection),
        async check({ step, verdict, after, i }) {
          if (sent) checkFaultStep(run, step as FaultStep, verdict.fault!, sent, i);
          if (after.client === 'connected' && step.type !== 'RECONNECT')
            await realtime.check(store, i);
        },
        async finish(n, world) {
          // Why disarmed first: a fault no command met belongs to no one, and the reconnection's
          // acks would meet it (an ack whose store write throws drops the connection, and the last judgement needs one that stays).
          run.faulty.disarm();
          // Why a last reconnection: every restore's client is then judged, the trace's last included.
          if (world.client === 'disconnected') await reconnect(n);
        },
      },
      probe ?? SILENT,
    );
    checkAuditChain(run.system, steps.length);
  } finally {
    await realtime.close();
    for (const s of opened) s.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
