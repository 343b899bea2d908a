import { check } from './InvariantViolation.js';
import type { RunProbe } from './PropertyDefinition.js';
import type { Verdict, WorldModel } from './WorldModel.js';

/** What a system answers a step: accepted with a value, or refused with a code. */
export type StepAnswer =
  | { ok: true; value: unknown }
  | { ok: false; error: { code: string; [field: string]: unknown } };

/** A step as the adapter's checks see it: the model's world before and after, and the answer. */
export interface StepContext<W, S, V extends Verdict, A extends StepAnswer> {
  step: S;
  verdict: V;
  /** Undefined for a step that is no command (the clock moved, a client dropped). */
  answer: A | undefined;
  before: W;
  after: W;
  i: number;
}

/**
 * How one property drives its system: the model it is judged by, how a step is performed, the
 * refusal code the model expects, and the checks after each step and at the end. Everything
 * else of a step (judging, coverage, the digest, accepted against refused, the code, applying
 * the step to the model) is `runTrace`'s, so no property can leave one out.
 */
export interface TraceAdapter<W, S, V extends Verdict, A extends StepAnswer> {
  model: WorldModel<W, S, V>;
  /** Performs the step on the system; undefined when the step is not a command. */
  perform(step: S, verdict: V, world: W, i: number): Promise<A | undefined>;
  /** The code a refusal must carry (null: the model refuses without knowing the code). */
  expectedCode(verdict: V, step: S): string | null;
  /** The checks after a step, once the model has applied it. */
  check(context: StepContext<W, S, V, A>): void | Promise<void>;
  /** The checks once every step ran (the audit chain, a last reconnection). */
  finish?(steps: number, world: W): void | Promise<void>;
}

/**
 * Runs one trace: for each step, the model judges it, its moves are recorded for coverage, the
 * system performs it, its answer goes into the digest, acceptance and the refusal's code must be
 * the model's, and the model applies it before the adapter's checks; then the trace's end.
 */
export async function runTrace<W, S, V extends Verdict, A extends StepAnswer>(
  steps: readonly S[],
  adapter: TraceAdapter<W, S, V, A>,
  probe: RunProbe,
): Promise<W> {
  const { model } = adapter;
  let world = model.init();
  for (const [i, step] of steps.entries()) {
    const verdict = model.judge(world, step);
    for (const m of verdict.moves)
      probe.coverage.get(m.machine)?.record(m.from, m.type, m.accepted, m.to, m.instance);
    const answer = await adapter.perform(step, verdict, world, i);
    probe.digest(`${model.print(step)}\n${JSON.stringify(answer ?? null)}\n`);
    if (answer !== undefined) checkOutcome(adapter, step, verdict, answer, i);
    const before = world;
    world = model.apply(world, step, verdict);
    await adapter.check({ step, verdict, answer, before, after: world, i });
  }
  await adapter.finish?.(steps.length, world);
  return world;
}

function checkOutcome<W, S, V extends Verdict, A extends StepAnswer>(
  adapter: TraceAdapter<W, S, V, A>,
  step: S,
  verdict: V,
  answer: A,
  i: number,
): void {
  const expected = verdict.accepted ? null : adapter.expectedCode(verdict, step);
  check(
    answer.ok === verdict.accepted,
    'model',
    i,
    () =>
      `the model ${verdict.accepted ? 'accepts' : `refuses (${expected})`} ${adapter.model.print(step)}, the system answered ${JSON.stringify(answer)}`,
    () => ({ expected: verdict.accepted ? 'accepted' : { refused: expected }, actual: answer }),
  );
  if (answer.ok || expected === null) return;
  check(
    answer.error.code === expected,
    'model',
    i,
    () => `expected error ${expected}, got ${answer.error.code}`,
    () => ({ expected: { refused: expected }, actual: answer.error }),
  );
}
