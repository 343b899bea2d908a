import type { GoalInfo } from './GoalSet.js';

/** How often one sometimes-goal was reached: steps at which it held, runs in which it did. */
export interface GoalSummary extends GoalInfo {
  steps: number;
  runs: number;
}

/** Counts the sometimes-goals of a property over its runs (shrink attempts not counted). */
export class GoalTally {
  readonly #goals: readonly GoalInfo[];
  readonly #steps = new Map<string, number>();
  readonly #runs = new Map<string, number>();
  readonly #thisRun = new Set<string>();

  constructor(goals: readonly GoalInfo[]) {
    this.#goals = goals;
  }

  beginRun(): void {
    this.#thisRun.clear();
  }

  /**
   * Counts one step at which `goal` held.
   * WARNING: a name the property did not declare throws, so a misspelt goal cannot pass unseen.
   */
  readonly reach = (goal: string): void => {
    if (!this.#goals.some((g) => g.name === goal)) throw new Error(`no goal "${goal}" declared`);
    this.#steps.set(goal, (this.#steps.get(goal) ?? 0) + 1);
    if (!this.#thisRun.has(goal)) {
      this.#thisRun.add(goal);
      this.#runs.set(goal, (this.#runs.get(goal) ?? 0) + 1);
    }
  };

  summary(): GoalSummary[] {
    return this.#goals.map((g) => ({
      ...g,
      steps: this.#steps.get(g.name) ?? 0,
      runs: this.#runs.get(g.name) ?? 0,
    }));
  }
}
