import fc from 'fast-check';
import { expect, test } from 'vitest';
import { type AuditEvent, GENESIS_HASH } from '../domain/auditEvent.js';
import { createSystem, type System } from '../index.js';
import { VirtualClock } from '../ports/VirtualClock.js';
import { openSqliteStore } from '../store/openSqliteStore.js';
import { hashAuditEvent } from './hashAuditEvent.js';

// What this property does NOT claim: the chain cannot detect a forger who rewrites every entry
// from k onward, re-hashes and re-links them, keeps times non-decreasing and updates the
// anchor. Only a copy of the head kept elsewhere (a witness) could; nothing here is one.

/** The checks of verifyAuditLog, told apart by how their reasons begin. */
const REASON_CLASSES = [
  ['entry is not a well-formed audit event', 'malformed'],
  ['sequence gap', 'gap'],
  ['link to the previous entry broken', 'link'],
  ['content does not match its hash', 'hash'],
  ['recorded time went back', 'time'],
  ['log ends at ', 'anchor'],
] as const;
type ReasonClass = (typeof REASON_CLASSES)[number][1];

type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

const classOf = (reason: string): ReasonClass | 'unknown' =>
  REASON_CLASSES.find(([prefix]) => reason.startsWith(prefix))?.[1] ?? 'unknown';

// Why every step waits at least 1 ms: strictly increasing times leave room for a time edit
// that stays non-decreasing, so that the edit is caught by the hash alone.
const step = fc.record({
  command: fc.constantFrom('START', 'SEND', 'READ', 'BAD_SIGN_IN', 'MALFORMED'),
  text: fc.constantFrom('mild cough', 'headache since monday', 'crushing chest pain', ''),
  waitMs: fc.integer({ min: 1, max: 60_000 }),
});
type Step = ValueOf<typeof step>;

/** The commands run after the setup; a counterexample prints as a script. */
const steps = fc.array(step, { maxLength: 6 }).map((list) =>
  Object.assign(list, {
    [fc.toStringMethod]: () =>
      [
        'setup()',
        ...list.map(
          (s) => `${s.command.toLowerCase()}(text=${JSON.stringify(s.text)}, wait=${s.waitMs})`,
        ),
      ].join('; '),
  }),
);

/** Which entry: counted from the start or from the end, so that both ends come up often. */
const target = fc.record({ fromEnd: fc.boolean(), offset: fc.nat(20) });
type Target = ValueOf<typeof target>;

const edit = fc.record({
  field: fc.constantFrom('who', 'subtype', 'recorded', 'outcome'),
  text: fc.string({ minLength: 1, maxLength: 8 }),
  drift: fc.nat(),
});
type Edit = ValueOf<typeof edit>;

const tampering = fc.oneof(
  fc.record({ kind: fc.constant('EDIT' as const), at: target, edit }),
  fc.record({ kind: fc.constant('EDIT_REHASH' as const), at: target, edit }),
  fc.record({ kind: fc.constant('DELETE' as const), at: target }),
  fc.record({ kind: fc.constant('SWAP' as const), at: target }),
  fc.record({
    kind: fc.constant('GARBLE' as const),
    at: target,
    how: fc.constantFrom('json', 'seq', 'prevHash', 'agent', 'outcome', 'recorded'),
  }),
  fc.record({ kind: fc.constant('BACKDATE' as const), at: target, ms: fc.integer({ min: 1 }) }),
  fc.record({
    kind: fc.constant('MOVE_ANCHOR' as const),
    what: fc.constantFrom('seq', 'hash', 'recorded'),
    by: fc.integer({ min: 1, max: 5 }),
  }),
);
type Tampering = ValueOf<typeof tampering>;

const COST = { N: 16, r: 1, p: 1 };
const SETUP_COMMANDS = 3;
const store = openSqliteStore(':memory:');
const db = store.db;
const putBody = db.prepare('UPDATE audit_events SET body = ? WHERE seq = ?');
const putAnchor = db.prepare('UPDATE audit_anchor SET seq = ?, hash = ?, recorded = ?');

/** A fresh system on the shared store, after a patient's setup and the generated steps. */
async function audited(list: readonly Step[]): Promise<System> {
  store.truncateAll();
  const clock = new VirtualClock();
  const system = createSystem({ store, clock, seed: 7, config: { passwordCost: COST } });
  const credentials = { username: 'ada', password: 'correct horse' };
  await system.execute({ type: 'registerPatient', ...credentials, displayName: 'Ada' });
  clock.advance(1);
  const signedIn = await system.execute({ type: 'signIn', ...credentials });
  if (!signedIn.ok) throw new Error('setup');
  const { session } = signedIn.value;
  clock.advance(1);
  const conv = await system.execute({ type: 'startConversation', session });
  if (!conv.ok) throw new Error('setup');
  let conversationId = conv.value.conversationId;
  for (const { command, text, waitMs } of list) {
    clock.advance(waitMs);
    if (command === 'START') {
      const next = await system.execute({ type: 'startConversation', session });
      if (next.ok) conversationId = next.value.conversationId;
    } else if (command === 'SEND') {
      await system.execute({ type: 'sendMessage', session, conversationId, text });
    } else if (command === 'READ') {
      await system.execute({ type: 'readHistory', session, conversationId });
    } else if (command === 'BAD_SIGN_IN') {
      await system.execute({ type: 'signIn', username: 'ada', password: `wrong ${text}` });
    } else {
      await system.executeUnknown({ type: 'nonsense', text });
    }
  }
  return system;
}

/** The entry seq a target names, within [lo, hi]. */
const resolve = ({ fromEnd, offset }: Target, lo: number, hi: number): number =>
  fromEnd ? hi - (offset % (hi - lo + 1)) : lo + (offset % (hi - lo + 1));

const sealed = (e: AuditEvent): AuditEvent => ({ ...e, hash: hashAuditEvent(e) });

/** The entry with one field changed so that it is still a well-formed AuditEvent. */
function edited(e: AuditEvent, { field, text, drift }: Edit, log: AuditEvent[]): AuditEvent {
  const other = (was: string) => (text === was ? `${text}x` : text);
  if (field === 'who') return { ...e, agent: { ...e.agent, who: other(e.agent.who) } };
  if (field === 'subtype') return { ...e, subtype: other(e.subtype) };
  if (field === 'outcome') {
    return e.outcome.label === 'accepted'
      ? { ...e, outcome: { code: '4', label: 'failed', detail: text } }
      : { ...e, outcome: { ...e.outcome, detail: other(e.outcome.detail) } };
  }
  // Another time between the neighbours' (inclusive): time still does not go back.
  const lo = log[e.seq - 2]?.recorded ?? e.recorded - 1000;
  const hi = log[e.seq]?.recorded ?? e.recorded + 1000;
  const moved = lo + (drift % (hi - lo));
  return { ...e, recorded: moved >= e.recorded ? moved + 1 : moved };
}

/** Applies a tampering to the rows, and says which check must catch it, at which seq. */
function tamper(t: Tampering, log: AuditEvent[]): { seq: number; reason: ReasonClass } {
  const n = log.length;
  const put = (e: AuditEvent) => putBody.run(JSON.stringify(e), e.seq);
  const anchor = store.auditAnchor()!;
  if (t.kind === 'MOVE_ANCHOR') {
    // Why an earlier head's hash: it is what a forger who cut the tail would leave.
    const hash = t.what === 'hash' ? (log[n - 1 - t.by]?.hash ?? GENESIS_HASH) : anchor.hash;
    const seq = t.what === 'seq' ? anchor.seq + (t.by % 2 ? t.by : -t.by) : anchor.seq;
    // Why a later time: the anchor's time is the floor of every later event's, so moving it on
    // would push the log's future times forward.
    const recorded = t.what === 'recorded' ? anchor.recorded + t.by : anchor.recorded;
    putAnchor.run(seq, hash, recorded);
    return { seq: n + 1, reason: 'anchor' };
  }
  if (t.kind === 'EDIT' || t.kind === 'EDIT_REHASH') {
    const k = resolve(t.at, 1, n);
    const changed = edited(log[k - 1]!, t.edit, log);
    if (t.kind === 'EDIT') {
      put({ ...changed, hash: log[k - 1]!.hash });
      return { seq: k, reason: 'hash' };
    }
    put(sealed(changed));
    return k < n ? { seq: k + 1, reason: 'link' } : { seq: n + 1, reason: 'anchor' };
  }
  if (t.kind === 'DELETE') {
    const k = resolve(t.at, 1, n);
    db.prepare('DELETE FROM audit_events WHERE seq = ?').run(k);
    return k < n ? { seq: k, reason: 'gap' } : { seq: n, reason: 'anchor' };
  }
  if (t.kind === 'SWAP') {
    const k = resolve(t.at, 1, n - 1);
    putBody.run(JSON.stringify(log[k]), k);
    putBody.run(JSON.stringify(log[k - 1]), k + 1);
    return { seq: k, reason: 'gap' };
  }
  if (t.kind === 'GARBLE') {
    const k = resolve(t.at, 1, n);
    putBody.run(garbled(log[k - 1]!, t.how), k);
    return { seq: k, reason: 'malformed' };
  }
  // A forger rewrites the chain from k: k recorded before k-1, every later entry re-linked.
  const k = resolve(t.at, 2, n);
  let prev = sealed({ ...log[k - 1]!, recorded: log[k - 2]!.recorded - t.ms });
  put(prev);
  for (const e of log.slice(k)) {
    prev = sealed({ ...e, prevHash: prev.hash });
    put(prev);
  }
  putAnchor.run(prev.seq, prev.hash, prev.recorded);
  return { seq: k, reason: 'time' };
}

/** The stored body of an entry made unreadable: not JSON, or JSON that is no AuditEvent. */
function garbled(e: AuditEvent, how: string): string {
  if (how === 'json') return JSON.stringify(e).slice(0, -1);
  if (how === 'seq') return JSON.stringify({ ...e, seq: String(e.seq) });
  if (how === 'prevHash') return JSON.stringify({ ...e, prevHash: 'not a hash' });
  if (how === 'agent') return JSON.stringify({ ...e, agent: undefined });
  if (how === 'outcome') return JSON.stringify({ ...e, outcome: { ...e.outcome, code: '9' } });
  return JSON.stringify({ ...e, recorded: e.recorded + 0.5 });
}

// Why this test: each check of verifyAuditLog must be the one that catches its own kind of
// tampering, so that disabling any single check makes some tampering pass or be misreported.
test('every tampering of the audit rows is caught at its seq by the check meant for it', async () => {
  const seen = new Set<string>();
  await fc.assert(
    fc.asyncProperty(steps, tampering, async (list, t) => {
      const system = await audited(list);
      const log = [...system.auditLog()];
      expect(log).toHaveLength(SETUP_COMMANDS + list.length);
      expect(system.verifyAudit()).toEqual({
        ok: true,
        length: log.length,
        head: log.at(-1)!.hash,
      });
      const expected = tamper(t, log);
      seen.add(`${t.kind === 'MOVE_ANCHOR' ? `${t.kind}.${t.what}` : t.kind}:${expected.reason}`);
      const verdict = system.verifyAudit();
      expect(verdict.ok).toBe(false);
      if (verdict.ok) return;
      expect({ seq: verdict.seq, reason: classOf(verdict.reason) }).toEqual(expected);
    }),
    { seed: 18, numRuns: 200 },
  );
  // Why: a generator change must not quietly stop reaching a check.
  expect([...seen].sort()).toEqual([
    'BACKDATE:time',
    'DELETE:anchor',
    'DELETE:gap',
    'EDIT:hash',
    'EDIT_REHASH:anchor',
    'EDIT_REHASH:link',
    'GARBLE:malformed',
    'MOVE_ANCHOR.hash:anchor',
    'MOVE_ANCHOR.recorded:anchor',
    'MOVE_ANCHOR.seq:anchor',
    'SWAP:gap',
  ]);
});

test('an empty system has an empty log that verifies, with no anchor yet', () => {
  const empty = openSqliteStore(':memory:');
  const system = createSystem({ store: empty, seed: 7, config: { passwordCost: COST } });
  expect(empty.auditAnchor()).toBeUndefined();
  expect(system.verifyAudit()).toEqual({ ok: true, length: 0, head: GENESIS_HASH });
});
