import type { GoalSummary } from './GoalTally.js';

/**
 * Data coverage as report lines: how many sometimes-goals and boundary classes some run
 * reached, then each with the runs and steps that reached it (never-reached ones marked).
 */
export function formatGoals(goals: readonly GoalSummary[]): string[] {
  if (goals.length === 0) return [];
  const of = (kind: GoalSummary['kind']) => goals.filter((g) => g.kind === kind);
  const reached = (list: readonly GoalSummary[]) => list.filter((g) => g.runs > 0).length;
  const lines = [
    `data coverage: goals ${reached(of('goal'))}/${of('goal').length} reached, ` +
      `boundary classes ${reached(of('boundary'))}/${of('boundary').length} reached`,
  ];
  for (const g of goals)
    lines.push(
      `  ${g.kind} ${g.name}: ${g.runs === 0 ? 'NEVER reached' : `${g.runs} runs, ${g.steps} steps`}`,
    );
  return lines;
}
