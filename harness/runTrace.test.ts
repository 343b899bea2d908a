import { expect, test } from 'vitest';
import { InvariantViolation } from './InvariantViolation.js';
import type { RunProbe } from './PropertyDefinition.js';
import { runTrace, type StepAnswer, type TraceAdapter } from './runTrace.js';
import type { Verdict, WorldModel } from './WorldModel.js';

type Step = { n: number };
type V = Verdict & { code: string | null };

/** A counter that accepts even numbers and refuses odd ones as `odd`. */
const evens: WorldModel<number[], Step, V> = {
  init: () => [],
  judge: (_, step) => ({
    accepted: step.n % 2 === 0,
    code: step.n % 2 === 0 ? null : 'odd',
    moves: [{ machine: 'm', from: 'a', type: 'N', accepted: step.n % 2 === 0, to: 'a' }],
  }),
  apply: (w, step, v) => (v.accepted ? [...w, step.n] : w),
  print: (step) => `n(${step.n})`,
};

function probe(): RunProbe & { digested: string[] } {
  const digested: string[] = [];
  return {
    coverage: new Map(),
    digest: (value) => digested.push(value),
    label() {},
    measure() {},
    digested,
  };
}

function adapter(
  answer: (step: Step) => StepAnswer,
  seen: number[][] = [],
): TraceAdapter<number[], Step, V, StepAnswer> {
  return {
    model: evens,
    perform: async (step) => answer(step),
    expectedCode: (v) => v.code,
    check: ({ after }) => {
      seen.push(after);
    },
  };
}

const honest = (step: Step): StepAnswer =>
  step.n % 2 === 0 ? { ok: true, value: step.n } : { ok: false, error: { code: 'odd' } };

test('every step is digested, applied to the model, then checked', async () => {
  const p = probe();
  const seen: number[][] = [];
  const world = await runTrace([{ n: 2 }, { n: 3 }, { n: 4 }], adapter(honest, seen), p);
  expect(world).toEqual([2, 4]);
  expect(seen).toEqual([[2], [2], [2, 4]]);
  expect(p.digested).toEqual([
    'n(2)\n{"ok":true,"value":2}\n',
    'n(3)\n{"ok":false,"error":{"code":"odd"}}\n',
    'n(4)\n{"ok":true,"value":4}\n',
  ]);
});

test('an answer the model does not expect fails at its step, with both sides', async () => {
  const accepting = adapter((step) => ({ ok: true, value: step.n }));
  const failure = await runTrace([{ n: 2 }, { n: 5 }], accepting, probe()).catch((e) => e);
  expect(failure).toBeInstanceOf(InvariantViolation);
  expect(failure).toMatchObject({
    stepIndex: 1,
    invariant: 'model',
    expected: { refused: 'odd' },
  });
});

test('a refusal with another code fails, even when refusing was right', async () => {
  const wrongCode = adapter(() => ({ ok: false, error: { code: 'forbidden' } }));
  const failure = await runTrace([{ n: 1 }], wrongCode, probe()).catch((e) => e);
  expect(failure).toMatchObject({ stepIndex: 0, expected: { refused: 'odd' } });
  expect(String(failure)).toContain('expected error odd, got forbidden');
});
