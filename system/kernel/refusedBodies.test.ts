import { expect, test } from 'vitest';
import { createSystem } from '../index.js';

// Why every shape: the boundary must refuse what is not a command object at all, not only
// commands with a wrong field, and audit it without reading fields from it.
test('a body that is not a command object is refused as invalid and audited as unknown', async () => {
  const system = createSystem({ seed: 1 });
  for (const body of [null, 42, 'sendMessage', [], true]) {
    const answer = await system.executeUnknown(body);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_command' } });
    expect(system.lastAuditEvent()).toMatchObject({
      subtype: 'unknown',
      outcome: { label: 'failed' },
      correlationId: answer.correlationId,
    });
  }
});
