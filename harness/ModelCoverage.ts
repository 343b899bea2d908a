import type { CompiledMachine } from './compileMachine.js';
import { edgeKey, refusalKey } from './compileMachine.js';

/** A machine's coverage: what the runs exercised against what the machine has. */
export interface CoverageSummary {
  machine: string;
  states: { covered: number; total: number };
  edges: { covered: number; total: number };
  refusals: { seen: number; total: number };
  missingEdges: string[];
  /** How often each edge was taken (for drawing the coverage map). */
  edgeCounts: Record<string, number>;
}

/** Counts the edges and refusals of one machine that the runs exercised. */
export class ModelCoverage {
  readonly #machine: CompiledMachine<never>;
  readonly #edges = new Map<string, number>();
  readonly #refusals = new Map<string, number>();

  constructor(machine: CompiledMachine<never>) {
    this.#machine = machine;
  }

  get machine(): string {
    return this.#machine.id;
  }

  /** Records one step of the machine. */
  record(from: string, type: string, accepted: boolean, to: string): void {
    const map = accepted ? this.#edges : this.#refusals;
    const key = accepted ? edgeKey(from, type, to) : refusalKey(from, type);
    map.set(key, (map.get(key) ?? 0) + 1);
  }

  summary(): CoverageSummary {
    const all = [...this.#machine.edges];
    const states = new Set<string>([this.#machine.initial]);
    for (const e of all) for (const s of e.split(/ --\w+--> /)) states.add(s);
    const covered = new Set<string>([this.#machine.initial]);
    for (const e of this.#edges.keys()) for (const s of e.split(/ --\w+--> /)) covered.add(s);
    return {
      machine: this.#machine.id,
      states: { covered: covered.size, total: states.size },
      edges: { covered: all.filter((e) => this.#edges.has(e)).length, total: all.length },
      refusals: {
        seen: [...this.#machine.refusals].filter((r) => this.#refusals.has(r)).length,
        total: this.#machine.refusals.size,
      },
      missingEdges: all.filter((e) => !this.#edges.has(e)),
      edgeCounts: Object.fromEntries(this.#edges),
    };
  }
}
