import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createSystem } from '../index.js';
import { Command } from './command.js';
import { MAX_FILTER_VALUES } from './commands/reviewCommands.js';

/** Every array in a JSON Schema, by its path, with its maximum (undefined: none). */
function arrays(schema: unknown, path = ''): Array<{ path: string; max: unknown }> {
  if (typeof schema !== 'object' || schema === null) return [];
  const node = schema as Record<string, unknown>;
  const here = node.type === 'array' ? [{ path, max: node.maxItems }] : [];
  return [
    ...here,
    ...Object.entries(node).flatMap(([key, value]) => arrays(value, `${path}/${key}`)),
  ];
}

describe('every list field of every command has a maximum', () => {
  it('D4: no array in any command schema is unbounded', () => {
    const schema = z.toJSONSchema(Command, { unrepresentable: 'any', io: 'input' });
    const found = arrays(schema);
    // The walk must see the lists there are, or it proves nothing.
    expect(found.length).toBeGreaterThanOrEqual(2);
    expect(found.filter((a) => typeof a.max !== 'number')).toEqual([]);
  });

  it('D4: readQueue takes filters at their maximum, refuses one past it, and a huge one, as a typed and audited 400', async () => {
    const system = createSystem({ seed: 1, config: { passwordCost: { N: 16, r: 1, p: 1 } } });
    // Refused before the session is looked at: the boundary's schema comes first.
    const send = (fields: Record<string, unknown>) =>
      system.executeUnknown({ type: 'readQueue', session: 'tok_x', ...fields });
    const atMax = await send({
      acuity: [1, 2, 3, 4, 5],
      status: ['pending', 'claimed', 'approved', 'rejected', 'modified'],
    });
    expect(atMax.ok || atMax.error.code).toBe('unauthenticated');
    for (const [field, values] of [
      ['status', Array(MAX_FILTER_VALUES.status + 1).fill('pending')],
      ['acuity', Array(MAX_FILTER_VALUES.acuity + 1).fill(1)],
      ['status', Array(32_766).fill('pending')],
      ['acuity', Array(200_000).fill(2)],
    ] as const) {
      const before = system.counts().auditEvents;
      const answer = await send({ [field]: values });
      expect(answer.ok).toBe(false);
      if (answer.ok) continue;
      expect(answer.error.code).toBe('invalid_command');
      if (answer.error.code === 'invalid_command')
        expect(answer.error.issues.map((i) => i.path)).toEqual([field]);
      expect(system.counts().auditEvents).toBe(before + 1);
      expect(system.lastAuditEvent()!.outcome.detail).toBe('invalid_command');
    }
  });
});
