import type { CompiledMachine } from './compileMachine.js';
import { edgeKey, refusalKey } from './compileMachine.js';
import { type Edge, pairKey, parseEdge } from './parseEdge.js';

/** A machine's coverage: what the runs exercised against what the machine has. */
export interface CoverageSummary {
  machine: string;
  initial: string;
  states: { covered: number; total: number };
  edges: { covered: number; total: number };
  /**
   * Transition pairs: an edge followed by an edge out of the state it reached, on the same
   * instance in the same run. `byInstance` is false when the moves named no instance, so
   * every move of the machine in a run was taken as one instance's.
   */
  pairs: { covered: number; total: number; byInstance: boolean };
  refusals: { seen: number; total: number };
  missingEdges: string[];
  missingPairs: string[];
  missingRefusals: string[];
  /** How often each edge was taken (for drawing the coverage map). */
  edgeCounts: Record<string, number>;
  refusalCounts: Record<string, number>;
}

/** Counts the edges, transition pairs and refusals of one machine that the runs exercised. */
export class ModelCoverage {
  readonly #machine: CompiledMachine<never>;
  readonly #allEdges: readonly Edge[];
  readonly #allPairs: readonly string[];
  readonly #edges = new Map<string, number>();
  readonly #refusals = new Map<string, number>();
  readonly #pairs = new Map<string, number>();
  /** The last edge each instance took in the current run. */
  readonly #last = new Map<string, Edge>();
  #fresh: string[] = [];
  #edgesCovered = 0;
  #byInstance = false;

  constructor(machine: CompiledMachine<never>) {
    this.#machine = machine;
    this.#allEdges = [...machine.edges].map(parseEdge);
    this.#allPairs = this.#allEdges.flatMap((first) =>
      this.#allEdges.filter((next) => next.from === first.to).map((next) => pairKey(first, next)),
    );
  }

  get machine(): string {
    return this.#machine.id;
  }

  /** Edges of the machine taken at least once so far (kept as a count: read after every run). */
  get edgesCovered(): number {
    return this.#edgesCovered;
  }

  get edgesTotal(): number {
    return this.#machine.edges.size;
  }

  /** Forgets which edge each instance took last: pairs never span two runs. */
  beginRun(): void {
    this.#last.clear();
  }

  /** Records one step of the machine; `instance` names which of its instances moved. */
  record(from: string, type: string, accepted: boolean, to: string, instance?: string): void {
    if (!accepted) {
      this.#count(this.#refusals, refusalKey(from, type));
      return;
    }
    const key = edgeKey(from, type, to);
    if (this.#count(this.#edges, key) && this.#machine.edges.has(key)) this.#edgesCovered++;
    if (instance !== undefined) this.#byInstance = true;
    const edge = { from, type, to, key };
    const last = this.#last.get(instance ?? '');
    if (last && last.to === from) this.#count(this.#pairs, pairKey(last, edge));
    this.#last.set(instance ?? '', edge);
  }

  /** The edge, pair and refusal keys first seen since the last call (for a coverage guide). */
  drainFresh(): string[] {
    const fresh = this.#fresh;
    this.#fresh = [];
    return fresh;
  }

  summary(): CoverageSummary {
    const states = new Set<string>([this.#machine.initial]);
    const covered = new Set<string>([this.#machine.initial]);
    for (const e of this.#allEdges) {
      states.add(e.from).add(e.to);
      if (this.#edges.has(e.key)) covered.add(e.from).add(e.to);
    }
    const refusals = [...this.#machine.refusals];
    const missingPairs = this.#allPairs.filter((p) => !this.#pairs.has(p));
    return {
      machine: this.#machine.id,
      initial: this.#machine.initial,
      states: { covered: covered.size, total: states.size },
      edges: { covered: this.#edgesCovered, total: this.#allEdges.length },
      pairs: {
        covered: this.#allPairs.length - missingPairs.length,
        total: this.#allPairs.length,
        byInstance: this.#byInstance,
      },
      refusals: {
        seen: refusals.filter((r) => this.#refusals.has(r)).length,
        total: refusals.length,
      },
      missingEdges: this.#allEdges.filter((e) => !this.#edges.has(e.key)).map((e) => e.key),
      missingPairs,
      missingRefusals: refusals.filter((r) => !this.#refusals.has(r)),
      edgeCounts: Object.fromEntries(this.#edges),
      refusalCounts: Object.fromEntries(this.#refusals),
    };
  }

  /** Counts a key; true the first time it is seen. */
  #count(map: Map<string, number>, key: string): boolean {
    const n = map.get(key) ?? 0;
    map.set(key, n + 1);
    if (n === 0) this.#fresh.push(key);
    return n === 0;
  }
}
