import fc from 'fast-check';
import { expect, test } from 'vitest';
import { evaluateFlag } from './evaluateFlag.js';
import type { FlagProvider } from './FlagProvider.js';

const provider = (resolve: () => unknown): FlagProvider => ({ resolve });

// Why this test: invariant 14 says evaluation never throws and falls back to the safe default;
// whatever a provider does (throw anything, answer anything, answer a booby-trapped object),
// the answer is a known variant, and anything but a sound configuration gives the default.
test('flag evaluation never throws and answers the default unless the flag is sound', () => {
  const trap = new Proxy(
    {},
    {
      get() {
        throw new Error('booby-trapped');
      },
    },
  );
  const behaviours = fc.oneof(
    fc.anything().map((thrown) => () => {
      throw thrown;
    }),
    fc.anything().map((answer) => () => answer),
    fc.constant(() => trap),
    fc
      .record({ enabled: fc.boolean(), variant: fc.constantFrom('model', 'rules-only') })
      .map((config) => () => config),
  );
  fc.assert(
    fc.property(behaviours, (behaviour) => {
      const details = evaluateFlag(provider(behaviour), 'triage-model', 'rules-only', {});
      let sound: { enabled: boolean; variant: string } | null = null;
      try {
        const raw = behaviour() as { enabled?: unknown; variant?: unknown };
        if (
          typeof raw?.enabled === 'boolean' &&
          ['model', 'rules-only'].includes(raw.variant as string)
        )
          sound = raw as { enabled: boolean; variant: string };
      } catch {
        sound = null;
      }
      expect(['model', 'rules-only']).toContain(details.value);
      expect(details.value).toBe(sound?.enabled ? sound.variant : 'rules-only');
      expect(details.reason).toBe(sound === null ? 'ERROR' : sound.enabled ? 'STATIC' : 'DISABLED');
    }),
    { numRuns: 300, seed: 3 },
  );
});

test('a missing flag is an error answered with the default, as OpenFeature has it', () => {
  const details = evaluateFlag(
    provider(() => undefined),
    'triage-model',
    'rules-only',
    {},
  );
  expect(details).toMatchObject({
    value: 'rules-only',
    reason: 'ERROR',
    errorCode: 'FLAG_NOT_FOUND',
  });
});
