import { expect, test } from 'vitest';
import { type AuditEvent, GENESIS_HASH } from '../domain/auditEvent.js';
import { hashAuditEvent } from './hashAuditEvent.js';

const event: Omit<AuditEvent, 'hash'> = {
  seq: 1,
  id: 'audit_1',
  type: 'command',
  subtype: 'startConversation',
  action: 'C',
  recorded: 1000,
  agent: { who: 'pat_1', role: 'patient' },
  entity: { what: 'Conversation/conv_1' },
  outcome: { code: '0', label: 'accepted', detail: null },
  correlationId: 'corr_1',
  purposeOfUse: { code: 'BTG', reason: 'covering for a colleague' },
  prevHash: GENESIS_HASH,
};

/** Every leaf of an event, as a path and a changed value. */
function* edits(value: unknown, path: string[] = []): Generator<[string[], unknown]> {
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* edits(v, [...path, k]);
  } else {
    yield [path, typeof value === 'number' ? value + 1 : `${String(value)}x`];
  }
}

function withEdit(path: string[], to: unknown): Omit<AuditEvent, 'hash'> {
  const copy = structuredClone(event) as unknown as Record<string, unknown>;
  let node = copy;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string, unknown>;
  node[path[path.length - 1]!] = to;
  return copy as unknown as Omit<AuditEvent, 'hash'>;
}

// Why this test: the hash lists fields by hand; a field left out would go unsealed.
test('changing any field of an event changes its hash', () => {
  const original = hashAuditEvent(event);
  for (const [path, to] of edits(event)) {
    expect(hashAuditEvent(withEdit(path, to)), path.join('.')).not.toBe(original);
  }
});
