import type { LoadBudget } from './serverLoads.js';

/** What the README's Benchmarks section says about the latest run. */
export interface RunFacts {
  table: string;
  date: string;
  node: string;
  cores: number;
  loadAverage: { start: number; end: number; max: number };
  totalSeconds: number;
  budget: LoadBudget;
}

const HEADING = '## Benchmarks';

/** The README's Benchmarks section for a run: how to read the table, then the table. */
export function benchmarksSection(facts: RunFacts): string {
  const { runs, durationMs, warmupMs } = facts.budget;
  const load = facts.loadAverage;
  return `${HEADING}

\`npm run bench\` measures the seed's targets and ours (DESIGN section 8) in one command, on
this machine, and rewrites this section with its table; \`bench/results.json\` has every run's
figures, and \`bench/histograms/<load>.svg\` a latency histogram per load (log scale, with the
median p50 and p99 and our target marked).

How to read it:
- Every figure is the median of several runs, with their minimum and maximum: for each load
  ${runs} runs of ${durationMs / 1000} s after a ${warmupMs / 1000} s warm-up; 3 crashes; 5 page loads in the browser;
  3 seeds for the property engine. "met" says whether the median meets the seed's target and
  ours ("-": no target).
- Server loads run \`npm start\` (\`server/main.ts\`) as a child process on 127.0.0.1 and a fresh
  database file, driven from another process over real HTTP and WebSocket (undici, ws), each
  client in a closed loop (it sends its next request when the last is answered). Users are
  created once at setup, with \`--insecure-fast-passwords\` (cheap scrypt) and
  \`--insecure-no-sign-in-limits\` (no rate limits or lockout: every user signs in from one
  address at once), both for benchmarks only.
- FULL: the file database as \`npm start\` runs it, WAL with \`synchronous=FULL\`, one fsync per
  command (each command is one transaction with its audit event). Group commit
  (\`npm start -- --group-commit\`): \`synchronous=NORMAL\`, and each answer waits for one fsync
  of the WAL shared by every command committed before it, so an answer still means durable.
- Chat: 100 patients sending back to back (100 turns always in flight, the worst case: the
  latency is then the queue, 100 / turns per second), and paced, each patient sending about
  once a second (about 100 turns/s offered: the wait of a patient on a server that keeps up).
- Chat and inference send \`sendMessage\` with a trained model in production (deployed through
  the registry at setup, triage flag on). There is no separate inference route, so
  "inference" is the model path of a message (rules, model call and its record, then the
  command's transaction), 500 requests in flight from 100 patients. Texts come from the
  held-out data set, made unique so that the model's response cache does not answer.
- WebSocket: 100 nurses subscribed while 10 patients send messages that open review cases (each
  notifies every nurse); latency is from the command's start on the server to arrival.
- Audited commands: \`startConversation\` (a row and an audit event per transaction), over HTTP
  and in-process without HTTP.
- Anonymous requests (issue 17): in-process, the CPU of a sign-in the limits refuse (its audit
  event included), and a real sign-in from another address while 200 anonymous sign-ins are kept
  in flight from one, with production scrypt (N = 2^17, r = 8), beside the same sign-in alone
  in the same run (its floor: one hash on this machine at this load).
- Recovery: SIGKILL while 8 patients send messages, restart on the same file; the time runs
  from the kill to the first command answered, and every acknowledged message must be there.
- Operations (issue 21), on a fixture of 200 patients and 2,000 messages written through the
  system: restore of a verified backup, and recovery time (restore + \`npm start\` to the first
  answered command); the CPU of a \`/metrics\` scrape and of recording one command's samples
  (counter, latency, transaction and fsync time) against a \`sendMessage\` in the same run, as a
  share at 1,000 commands/s with one scrape a second.
- Backup under load (issue 21): a 100 MB database (100 patients' messages through the system,
  grown with copies of them by SQL in bulk), \`npm start\` on it, 100 patients each sending about
  once a second for 8 s without a backup, then 8 s while \`npm run backup\` (another process)
  copies it online again and again; per-command p99 and slowest compared within the run.
- The machine is shared: the load average is recorded (start, end, highest), and figures move
  with it; so does the disk, and the fsync-bound figures (FULL) move most, several times over
  from one run to the next. Timing is never asserted in \`npm test\`; \`bench/loads.test.ts\` only checks that the
  drivers work, with tiny budgets.

Latest run: ${facts.date} UTC, Node ${facts.node}, ${facts.cores} cores, load average
${load.start.toFixed(2)} at the start, ${load.end.toFixed(2)} at the end (highest ${load.max.toFixed(2)}),
${(facts.totalSeconds / 60).toFixed(1)} minutes in all.

${facts.table}
`;
}

/**
 * The README with its Benchmarks section replaced by `section` (up to the next `## ` heading),
 * or the section inserted before "What each folder holds" (or at the end) if it has none.
 */
export function withBenchmarksSection(readme: string, section: string): string {
  const start = readme.indexOf(`\n${HEADING}\n`);
  if (start >= 0) {
    const next = readme.indexOf('\n## ', start + 1);
    const end = next < 0 ? readme.length : next + 1;
    return `${readme.slice(0, start + 1)}${section}${next < 0 ? '' : '\n'}${readme.slice(end)}`;
  }
  const anchor = readme.indexOf('\n## What each folder holds');
  if (anchor < 0) return `${readme.trimEnd()}\n\n${section}`;
  return `${readme.slice(0, anchor + 1)}${section}\n${readme.slice(anchor + 1)}`;
}
