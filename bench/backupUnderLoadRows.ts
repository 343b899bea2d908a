import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type BenchRow, benchRow } from './BenchRow.js';
import { BenchApi } from './loads/BenchApi.js';
import { closedLoop } from './loads/closedLoop.js';
import type { LatencySummary } from './loads/LatencySummary.js';
import { symptomTexts } from './loads/symptomTexts.js';
import { operationsFixture } from './operationsFixture.js';
import { ServerProcess } from './ServerProcess.js';

const PATIENTS = 100;
const TARGET_BYTES = 100 * 1_048_576;

/**
 * Issue 21's backup target: `npm start` on a 100 MB database serving 100 patients who each
 * send a message about once a second; per-command latency without a backup, then with
 * `npm run backup` (another process) copying the database online the whole time, in the same
 * run. The target: no command over 100 ms slower than without it (p99 and the slowest).
 */
export async function backupUnderLoadRows(dir: string, durationMs = 8000): Promise<BenchRow[]> {
  const path = join(dir, 'big.db');
  await operationsFixture(path, PATIENTS, 2);
  padMessages(path, TARGET_BYTES);
  const mb = (statSync(path).size / 1_048_576).toFixed(0);
  const server = new ServerProcess({ db: path });
  await server.start();
  try {
    const api = new BenchApi(server.url, PATIENTS);
    const patients = await Promise.all(
      Array.from({ length: PATIENTS }, async (_, p) => {
        const username = `ops-patient-${p}`;
        const signedIn = await api.value('signIn', { username, password: `${username}-password` });
        const session = String(signedIn.session);
        const started = await api.value('startConversation', {}, session);
        return { session, conversationId: String(started.conversationId) };
      }),
    );
    const texts = symptomTexts();
    const send = async (worker: number, n: number) => {
      const p = patients[worker]!;
      const text = texts[(worker * 7919 + n) % texts.length]!;
      const reply = await api.command(
        'sendMessage',
        { conversationId: p.conversationId, text },
        p.session,
      );
      return reply.status === 200;
    };
    const paced = () => closedLoop(PATIENTS, durationMs, send, 1000);
    await closedLoop(PATIENTS, 1000, send, 1000);
    const without = await paced();
    const backups: number[] = [];
    let stop = false;
    const backingUp = (async () => {
      for (let k = 0; !stop; k++) {
        const t0 = performance.now();
        await runBackup(path, join(dir, `backup-${k}`));
        backups.push((performance.now() - t0) / 1000);
      }
    })();
    const during = await paced();
    stop = true;
    await backingUp;
    return rows(mb, without, during, backups);
  } finally {
    await server.stop();
  }
}

function rows(
  mb: string,
  without: LatencySummary,
  during: LatencySummary,
  backups: number[],
): BenchRow[] {
  const load = `${mb} MB database, ${PATIENTS} patients each sending about every 1 s, FULL`;
  return [
    benchRow(
      `command p99 without a backup (${load}; ${without.requests} commands, ${without.errors} errors)`,
      '-',
      '-',
      [without.p99],
      'ms',
      null,
    ),
    benchRow(
      `command p99 while npm run backup copies it online (${during.requests} commands, ${during.errors} errors)`,
      '-',
      '-',
      [during.p99],
      'ms',
      null,
    ),
    benchRow(
      'backup under load: p99 slower than without it, same run',
      '-',
      '< 100 ms',
      [during.p99 - without.p99],
      'ms',
      (m) => m < 100,
    ),
    benchRow(
      `backup under load: slowest command slower than without it (${without.max.toFixed(0)} -> ${during.max.toFixed(0)} ms)`,
      '-',
      '< 100 ms',
      [during.max - without.max],
      'ms',
      (m) => m < 100,
    ),
    benchRow(
      `online backup of the ${mb} MB database (copy, checksum, chain verified), ${backups.length} during the load`,
      '-',
      '-',
      backups,
      's',
      null,
    ),
  ];
}

/**
 * Grows the fixture to `bytes` with copies of its own messages, by SQL in bulk: what a clinic's
 * history weighs, without a day of commands to write it (the rows are messages like the
 * others; they have no assessments or audit events of their own).
 */
function padMessages(path: string, bytes: number): void {
  const db = new Database(path);
  try {
    db.pragma('synchronous = OFF');
    const conversations = db.prepare('SELECT id FROM conversations').pluck().all() as string[];
    const texts = db.prepare('SELECT text FROM messages').pluck().all() as string[];
    const insert = db.prepare(
      'INSERT INTO messages (id, conversation_id, seq, text, sent_at) VALUES (?, ?, ?, ?, 0)',
    );
    let n = 0;
    while (
      statSync(path).size + (statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0) <
      bytes
    ) {
      db.transaction(() => {
        for (let k = 0; k < 20_000; k++, n++) {
          const text = `${texts[n % texts.length]} ${texts[(n * 31) % texts.length]}`.repeat(3);
          insert.run(`pad_${n}`, conversations[n % conversations.length], -1 - n, text);
        }
      })();
      db.pragma('wal_checkpoint(TRUNCATE)');
    }
  } finally {
    db.close();
  }
}

/** `npm run backup` as its own process, as an operator runs it beside the server. */
function runBackup(db: string, to: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'cli/backup.ts', '--db', db, '--to', to], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`npm run backup exited with ${code}`)),
    );
  });
}
