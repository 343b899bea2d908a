/** One machine transition a step caused, for coverage. */
export interface MachineMove {
  machine: string;
  from: string;
  type: string;
  accepted: boolean;
  to: string;
  /** Which instance of the machine moved (e.g. its index in the world): pairs chain per instance. */
  instance?: string;
}

/** The model's expectation for one step. */
export interface Verdict {
  accepted: boolean;
  moves: readonly MachineMove[];
}

/**
 * A model of a whole world (many machine instances held as plain data) that judges steps.
 * The walk uses it to choose steps; a property uses it again to check the system, so a
 * stored trace can be re-judged without the generator that made it.
 */
export interface WorldModel<W, S, V extends Verdict> {
  init(): W;
  judge(world: W, step: S): V;
  /** The world after a step (a refused step usually leaves it as it was). */
  apply(world: W, step: S, verdict: V): W;
  /** The step as one line of a script, e.g. `send(p1, c0, "...")`. */
  print(step: S): string;
}
