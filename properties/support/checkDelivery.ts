import { check } from '../../harness/InvariantViolation.js';
import type { ClientModel, Expected } from '../../models/realtimeWorld.js';
import type { Notification } from '../../system/index.js';
import type { RealtimeClient } from './RealtimeClient.js';

/** Reads a notification's subject back as a model index (`e0`, `k1`), or `?id` if unknown. */
export type SubjectOf = (notification: Notification) => string;

/**
 * Invariants 15 and 16 for one client: no breach of the wire order (each connection replays
 * from its position + 1 and goes up by one), and it delivered every notification addressed
 * to it exactly once, in sequence order, and nothing else (within a step, in any order), with
 * a resync exactly where retention left a gap.
 */
export function checkDelivery(
  name: string,
  client: RealtimeClient,
  model: ClientModel,
  subjectOf: SubjectOf,
  i: number,
): void {
  check(client.violations.length === 0, '16', i, () => `${name}: ${client.violations.join('; ')}`);
  check(
    client.resyncs === model.resyncs,
    '15',
    i,
    () => `${name}: ${client.resyncs} resyncs, the model expects ${model.resyncs}`,
  );
  const got = client.delivered.map((n) => ({ seq: n.seq, what: `${n.kind} ${subjectOf(n)}` }));
  const want = model.delivered.map((e) => ({ seq: e.seq, what: `${e.kind} ${e.subject}` }));
  const sides = () => ({ expected: want, actual: got });
  check(
    got.map((g) => g.seq).join() === want.map((w) => w.seq).join(),
    '15',
    i,
    () => `${name} delivered seqs [${got.map((g) => g.seq)}], expected [${want.map((w) => w.seq)}]`,
    sides,
  );
  for (const group of groups(model.delivered)) {
    const seqs = new Set(group.map((e) => e.seq));
    const mine = got
      .filter((g) => seqs.has(g.seq))
      .map((g) => g.what)
      .sort();
    const theirs = group.map((e) => `${e.kind} ${e.subject}`).sort();
    check(
      mine.join('|') === theirs.join('|'),
      '15',
      i,
      () => `${name} received [${mine}] where the model expects [${theirs}]`,
      sides,
    );
  }
}

/** Expected notifications grouped by the step that caused them. */
function groups(expected: readonly Expected[]): Expected[][] {
  const byStep = new Map<number, Expected[]>();
  for (const e of expected) byStep.set(e.step, [...(byStep.get(e.step) ?? []), e]);
  return [...byStep.values()];
}
