/** A sometimes-goal as reports name it: what must happen in some step of some run. */
export interface GoalInfo {
  name: string;
  /**
   * 'goal' for a situation (an escalation acknowledged after its deadline), 'boundary' for a
   * value class at a limit (a message of exactly the size limit): reported apart as data coverage.
   */
  kind: 'goal' | 'boundary';
}

/**
 * The sometimes-goals of a property (Antithesis' `sometimes`, Hypothesis' `target`): named
 * conditions that must occur in some step of some run within the default budget, stated in
 * the model's terms. The runner observes every generated trace and counts each goal.
 */
export interface GoalSet<S> {
  goals: readonly GoalInfo[];
  /** Calls `reach(name)` once for every step of the trace at which a goal holds. */
  observe(steps: readonly S[], reach: (goal: string) => void): void;
}
