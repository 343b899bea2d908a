import type { CompiledMachine } from './compileMachine.js';
import { edgeKey, refusalKey } from './compileMachine.js';
import type { ModelCoverage } from './ModelCoverage.js';
import { type Edge, parseEdge } from './parseEdge.js';
import { Rank, type WalkGuide } from './WalkGuide.js';
import type { MachineMove } from './WorldModel.js';

interface Graph {
  edges: readonly Edge[];
  refusals: ReadonlyArray<{ from: string; key: string }>;
  /** Edges from each state to the nearest state with something not yet exercised. */
  distance: Map<string, number>;
}

/**
 * What the runs before this one covered, for a coverage-guided walk: a move ranks NEW when
 * it takes an edge (or makes a refusal) no run has, CLOSER when it leads to a state nearer to
 * one that has. It learns only between runs and stops learning at the first failure, so every
 * trace of a run, and every shrink of it, is interpreted against the same knowledge.
 */
export class CoverageGuide implements WalkGuide {
  readonly #known = new Set<string>();
  readonly #graphs = new Map<string, Graph>();
  #frozen = false;
  /** How often the walk asked: zero after runs means the property's walk ignores the guide. */
  consulted = 0;

  constructor(machines: readonly CompiledMachine<never>[]) {
    for (const m of machines) {
      const refusals = [...m.refusals].map((key) => ({ from: key.replace(/ --\w+--x$/, ''), key }));
      const graph = { edges: [...m.edges].map(parseEdge), refusals, distance: new Map() };
      this.#graphs.set(m.id, graph);
      this.#measure(graph);
    }
  }

  rank(move: MachineMove): Rank {
    this.consulted++;
    const key = move.accepted
      ? edgeKey(move.from, move.type, move.to)
      : refusalKey(move.from, move.type);
    if (!this.#known.has(key)) return Rank.NEW;
    const distance = this.#graphs.get(move.machine)?.distance;
    if (!distance || !move.accepted) return Rank.NEUTRAL;
    const from = distance.get(move.from) ?? Number.POSITIVE_INFINITY;
    const to = distance.get(move.to) ?? Number.POSITIVE_INFINITY;
    return to < from ? Rank.CLOSER : Rank.NEUTRAL;
  }

  /** Learns what a passing run covered. */
  learn(coverage: Iterable<ModelCoverage>): void {
    if (this.#frozen) return;
    let learned = false;
    for (const c of coverage) {
      for (const key of c.drainFresh()) {
        learned ||= !this.#known.has(key);
        this.#known.add(key);
      }
    }
    if (learned) for (const graph of this.#graphs.values()) this.#measure(graph);
  }

  /** Stops learning: a run failed, and shrinking must see the walk that run saw. */
  freeze(): void {
    this.#frozen = true;
  }

  /** Breadth-first, backwards from the states that still have something new to exercise. */
  #measure(graph: Graph): void {
    graph.distance.clear();
    let frontier = [
      ...graph.edges.filter((e) => !this.#known.has(e.key)).map((e) => e.from),
      ...graph.refusals.filter((r) => !this.#known.has(r.key)).map((r) => r.from),
    ];
    for (let d = 0; frontier.length > 0; d++) {
      const next: string[] = [];
      for (const state of frontier) {
        if (graph.distance.has(state)) continue;
        graph.distance.set(state, d);
        for (const e of graph.edges)
          if (e.to === state && !graph.distance.has(e.from)) next.push(e.from);
      }
      frontier = next;
    }
  }
}
