import fc from 'fast-check';
import { shrinkSecondFirst } from '../harness/shrinkSecondFirst.js';
import { type Swarm, type SwarmPhase, swarmOrder, swarmPhase } from '../harness/swarm.js';
import { Rank, type WalkGuide } from '../harness/WalkGuide.js';
import type { Verdict, WorldModel } from '../harness/WorldModel.js';

/**
 * One raw choice of the walk: which action (by its index in the spec's list), valid or
 * refused, and which of the matching steps. Why the action has its own field: deleting an
 * earlier step then leaves later choices choosing the same action, so shrinking can delete
 * steps freely; `kind` shrinks toward 'valid', `action` and `pick` toward 0.
 */
export interface Choice<P> {
  kind: 'valid' | 'invalid';
  action: number;
  pick: number;
  payload: P;
}

/** A generated trace: the steps the walk chose, and the choices it replayed to get them. */
export interface Trace<S> {
  readonly steps: readonly S[];
  /** The run's swarm phase's weights, per action (null: no swarm phase; absent: no walk). */
  readonly swarm?: Swarm;
  toString(): string;
}

/** How a walk proposes steps from a world and a choice's payload. */
export interface WalkSpec<W, S, V extends Verdict, P> {
  model: WorldModel<W, S, V>;
  /**
   * Every step worth considering now; the model judges which are enabled. `swarmed` says the
   * walk is in its swarm phase: a walk may offer extra steps there only (time as a nemesis),
   * leaving the walk before the phase as it was.
   */
  candidates(world: W, payload: P, swarmed: boolean): readonly S[];
  /** The actions steps are grouped by, in a fixed order, and the action of a step. */
  actions: readonly string[];
  actionOf(step: S): string;
  payload: fc.Arbitrary<P>;
  /**
   * Actions a swarm never leaves out: the setup the rest needs (starting a conversation,
   * raising a case). Why: a swarm without them spends its run on the few steps that need no
   * setup (the clock), reaching nothing the goals ask for.
   */
  swarmKeeps?: readonly string[];
}

/** Walk options: how long a trace may be, and how often a refused step is chosen. */
export interface WalkOptions {
  maxSteps: number;
  /** The chance that a choice asks for a step the model refuses, in [0, 1). */
  invalidRate: number;
  /**
   * Coverage-guided mode: prefer steps whose moves no earlier run covered.
   * WARNING: the walk then depends on the runs before it, so a trace replays from its stored
   * steps (a shrink log), not from a fast-check path.
   */
  guide?: WalkGuide | undefined;
  /** False: no swarm phase in any run (the walk before swarm testing). */
  swarm?: boolean;
}

/**
 * Out of this many choices, all but one take a fresh step when there is one. Why not all:
 * a walk that always grabs the nearest fresh edge never wanders to reach the far ones.
 */
export const GUIDED_BIAS = 8;

/**
 * The longest swarm phase, as a share of `maxSteps`. Why a quarter: a phase filling all the
 * room left made runs half as long again, and `npm test` two minutes slower (the deployment
 * variants' runs most of all); a quarter still gives runs of one kind longer than the plain
 * walk's.
 */
export const SWARM_PHASE_SHARE = 0.25;

/**
 * The machine walk: fast-check generates a list of choices, which is replayed through the
 * model; each choice picks one of the steps enabled at that point (or, at `invalidRate`, one
 * the model refuses). Shrinking the list keeps it a legal walk.
 */
export function machineWalk<W, S, V extends Verdict, P>(
  spec: WalkSpec<W, S, V, P>,
  options: WalkOptions,
): fc.Arbitrary<Trace<S>> {
  const invalidWeight = Math.round(options.invalidRate * 100);
  const choice = fc.record({
    kind: fc.oneof(
      { arbitrary: fc.constant('valid' as const), weight: 100 - invalidWeight },
      { arbitrary: fc.constant('invalid' as const), weight: invalidWeight },
    ),
    action: fc.nat({ max: spec.actions.length - 1 }),
    pick: fc.nat({ max: 0x7fffffff }),
    payload: spec.payload,
  });
  const choices = fc.array(choice, { maxLength: options.maxSteps, size: 'max' });
  if (options.swarm === false) return choices.map((c) => walk(spec, c, options.guide));
  const keeps = spec.actions.map((a) => spec.swarmKeeps?.includes(a) === true);
  // Why a phase after the walk, drawn after its choices and shrunk first: the walk's own
  // choices come from the run's random stream exactly as before swarm testing, so every trace
  // the old walk made is still the start of this run's, found at the same run and, once the
  // phase shrinks away, shrunk to the same steps; the phase only adds what follows.
  return shrinkSecondFirst(
    choices,
    swarmPhase(spec.actions.length, choice, Math.ceil(options.maxSteps * SWARM_PHASE_SHARE)),
  ).map(([c, phase]) =>
    walk(
      spec,
      c,
      options.guide,
      phase && {
        weights: phase.weights.map((w, i) => (keeps[i] ? Math.max(w, 1) : w)),
        // Why the room left: a swarmed run is no longer than `maxSteps` either.
        choices: phase.choices.slice(0, Math.max(options.maxSteps - c.length, 0)),
      },
    ),
  );
}

/**
 * Replays choices through the model into steps; then, with a swarm phase, its choices under
 * its weights, from the world the walk reached.
 */
export function walk<W, S, V extends Verdict, P>(
  spec: WalkSpec<W, S, V, P>,
  choices: readonly Choice<P>[],
  guide?: WalkGuide,
  phase: SwarmPhase<Choice<P>> | null = null,
): Trace<S> {
  const { model } = spec;
  let world = model.init();
  const steps: S[] = [];
  const take = (c: Choice<P>, weights: Swarm) => {
    const valid: Array<[S, V]> = [];
    const invalid: Array<[S, V]> = [];
    for (const step of spec.candidates(world, c.payload, weights !== null)) {
      const verdict = model.judge(world, step);
      (verdict.accepted ? valid : invalid).push([step, verdict]);
    }
    const pool =
      c.kind === 'invalid' && invalid.length > 0 ? invalid : valid.length > 0 ? valid : invalid;
    const chosen =
      (guide && preferFresh(pool, guide, c.pick)) ??
      (weights && chooseSwarmed(spec, pool, c, weights)) ??
      choose(spec, pool, c);
    if (!chosen) return;
    steps.push(chosen[0]);
    world = model.apply(world, chosen[0], chosen[1]);
  };
  for (const c of choices) take(c, null);
  for (const c of phase?.choices ?? []) take(c, phase!.weights);
  return traceOf(steps, model.print, phase?.weights ?? null);
}

/**
 * With a guide, `pick` chooses among the steps that exercise something new or, failing those,
 * that lead closer to something new; undefined (an unguided choice) when there are none, and
 * on one choice in GUIDED_BIAS.
 */
export function preferFresh<S, V extends Verdict>(
  pool: ReadonlyArray<[S, V]>,
  guide: WalkGuide,
  pick: number,
): [S, V] | undefined {
  if (pick % GUIDED_BIAS === 0) return undefined;
  let best: Rank = Rank.NEUTRAL;
  let chosen: Array<[S, V]> = [];
  for (const candidate of pool) {
    const rank = Math.min(Rank.NEUTRAL, ...candidate[1].moves.map((m) => guide.rank(m))) as Rank;
    if (rank < best) {
      best = rank;
      chosen = [];
    }
    if (rank === best && rank < Rank.NEUTRAL) chosen.push(candidate);
  }
  // Why divide: the remainder already decided to be guided; the quotient picks the step.
  return chosen[Math.floor(pick / GUIDED_BIAS) % Math.max(chosen.length, 1)];
}

/** The chosen action's steps if any, else the next action's, cyclically; then `pick` of them. */
function choose<W, S, V extends Verdict, P>(
  spec: WalkSpec<W, S, V, P>,
  pool: ReadonlyArray<[S, V]>,
  c: Choice<P>,
): [S, V] | undefined {
  for (let offset = 0; offset < spec.actions.length; offset++) {
    const action = spec.actions[(c.action + offset) % spec.actions.length];
    const matching = pool.filter(([step]) => spec.actionOf(step) === action);
    if (matching.length > 0) return matching[c.pick % matching.length];
  }
  return undefined;
}

/**
 * In a swarmed run: the first of the run's enabled actions, in its swarm's order, that has a
 * step; undefined when none has, so a disabled action still moves a walk that needs it (the
 * first START of a world without conversations).
 */
function chooseSwarmed<W, S, V extends Verdict, P>(
  spec: WalkSpec<W, S, V, P>,
  pool: ReadonlyArray<[S, V]>,
  c: Choice<P>,
  weights: readonly number[],
): [S, V] | undefined {
  const total = weights.reduce((a, b) => a + b, 0);
  for (const action of swarmOrder(weights, c.pick)) {
    const matching = pool.filter(([step]) => spec.actionOf(step) === spec.actions[action]);
    if (matching.length > 0) return matching[Math.floor(c.pick / total) % matching.length];
  }
  return undefined;
}

/** A trace of given steps that prints as a numbered script. */
export function traceOf<S>(
  steps: readonly S[],
  print: (step: S) => string,
  swarm: Swarm = null,
): Trace<S> {
  const script = () => steps.map((s, i) => `${String(i + 1).padStart(3)}. ${print(s)}`).join('\n');
  return {
    steps,
    swarm,
    toString: script,
    [fc.toStringMethod]: () => `\n${script()}`,
  } as Trace<S>;
}
