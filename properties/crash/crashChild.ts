/**
 * The system in a child process on a file database, for crash tests: it reads one command per
 * line on stdin, runs it, and writes `{ n, answer }` on stdout only after the command has
 * committed; a line `{"$inspect":true}` answers the audit verdict and the record counts. The
 * parent may SIGKILL it at any moment. Arguments: database path, id seed, and optionally
 * `write-behind`, a deliberately broken variant that acknowledges commands before they are
 * durable (it commits every fifth command only).
 */
import { createInterface } from 'node:readline';
import { createSystem, openSqliteStore, seededIds, VirtualClock } from '../../system/index.js';
import { CRASH_BOOTSTRAP_TOKEN } from './crashBootstrapToken.js';

const [path, seed, variant] = process.argv.slice(2);
const started = performance.now();
const store = openSqliteStore(path);
// Why a fixed clock start per process: times are not what a crash test compares.
const system = createSystem({
  store,
  clock: new VirtualClock(),
  ids: seededIds(Number(seed)),
  config: { passwordCost: { N: 16, r: 1, p: 1 }, sessionTtlMs: 365 * 86_400_000 },
  bootstrapToken: CRASH_BOOTSTRAP_TOKEN,
});
process.stdout.write(`${JSON.stringify({ ready: performance.now() - started })}\n`);

const writeBehind = variant === 'write-behind';
if (writeBehind) store.db.exec('BEGIN');
let n = 0;
// Why one at a time: the parent waits for each answer, so commands never overlap.
for await (const line of createInterface({ input: process.stdin })) {
  const request = JSON.parse(line) as { $inspect?: boolean };
  if (request.$inspect) {
    process.stdout.write(
      `${JSON.stringify({ n: n++, answer: { ok: true, value: { audit: system.verifyAudit(), counts: system.counts() } } })}\n`,
    );
    continue;
  }
  const answer = await system.executeUnknown(request);
  if (writeBehind && n % 5 === 4) store.db.exec('COMMIT; BEGIN');
  process.stdout.write(`${JSON.stringify({ n: n++, answer })}\n`);
}
store.close();
