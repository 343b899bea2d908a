import { join } from 'node:path';
import { BenchApi } from './loads/BenchApi.js';
import { seedClinic } from './loads/seedClinic.js';
import { symptomTexts } from './loads/symptomTexts.js';
import { ServerProcess } from './ServerProcess.js';

/** One crash: how long until the server served again, and whether it kept its word. */
export interface RecoveryRun {
  /** From SIGKILL to the first command answered by the restarted server. */
  recoverySeconds: number;
  /** From SIGKILL to the process being gone. */
  exitSeconds: number;
  /** From the new process's spawn to its "listening" line. */
  startSeconds: number;
  /** Messages the server had acknowledged (200) before it was killed, this crash and earlier. */
  acknowledged: number;
  /** Acknowledged messages (of any crash so far) missing from the histories after restart. */
  lost: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Crash recovery on a file database (`synchronous=FULL`): patients send messages (each with
 * an idempotency key) while the server is killed with SIGKILL; the server is restarted at
 * once on the same file and port, and probed every 5 ms with a real command until one is
 * answered. Then every acknowledged message must be in its conversation's history.
 */
export async function recoveryRuns(dir: string, runs: number, writers = 8): Promise<RecoveryRun[]> {
  const server = new ServerProcess({ db: join(dir, 'recovery.db') });
  await server.start();
  const api = new BenchApi(server.url, writers + 2);
  try {
    const clinic = await seedClinic(api, { patients: writers, nurses: 0, model: false });
    const texts = symptomTexts();
    const acknowledged = new Map<string, Set<number>>(
      clinic.patients.map((p) => [p.conversationId, new Set<number>()]),
    );
    const results: RecoveryRun[] = [];
    for (let r = 0; r < runs; r++) {
      let writing = true;
      const writersDone = Promise.all(
        clinic.patients.map(async (patient, w) => {
          for (let n = 0; writing; n++) {
            try {
              const reply = await api.command(
                'sendMessage',
                { conversationId: patient.conversationId, text: texts[n % texts.length] },
                patient.session,
                `crash-${r}-${w}-${n}`,
              );
              const seq = reply.body.value?.seq;
              if (reply.status === 200 && typeof seq === 'number')
                acknowledged.get(patient.conversationId)!.add(seq);
            } catch {
              // Why ignore: a request cut by the kill was never acknowledged.
            }
          }
        }),
      );
      await sleep(800);
      const killedAt = performance.now();
      writing = false;
      await server.kill();
      const exitedAt = performance.now();
      const started = server.start().then(() => performance.now());
      const probe = clinic.patients[0]!;
      let servedAt = 0;
      while (servedAt === 0) {
        try {
          const reply = await api.command(
            'readHistory',
            { conversationId: probe.conversationId, limit: 1 },
            probe.session,
          );
          if (reply.status === 200) servedAt = performance.now();
        } catch {
          await sleep(5);
        }
      }
      const startedAt = await started;
      await writersDone;
      const lost = await countLost(api, clinic.patients, acknowledged);
      results.push({
        recoverySeconds: (servedAt - killedAt) / 1000,
        exitSeconds: (exitedAt - killedAt) / 1000,
        startSeconds: (startedAt - exitedAt) / 1000,
        acknowledged: [...acknowledged.values()].reduce((sum, seqs) => sum + seqs.size, 0),
        lost,
      });
    }
    return results;
  } finally {
    await api.close();
    await server.stop();
  }
}

/** Reads every history after the restart and counts the acknowledged messages missing. */
async function countLost(
  api: BenchApi,
  patients: ReadonlyArray<{ session: string; conversationId: string }>,
  acknowledged: ReadonlyMap<string, ReadonlySet<number>>,
): Promise<number> {
  let lost = 0;
  for (const patient of patients) {
    const present = new Set<number>();
    for (let after: number | null = 0; after !== null; ) {
      const page = await api.value(
        'readHistory',
        { conversationId: patient.conversationId, afterSeq: after, limit: 100 },
        patient.session,
      );
      const items = (page.items ?? []) as Array<{ message: { seq: number } }>;
      for (const item of items) present.add(item.message.seq);
      after = (page.nextAfterSeq ?? null) as number | null;
    }
    for (const seq of acknowledged.get(patient.conversationId) ?? []) if (!present.has(seq)) lost++;
  }
  return lost;
}
