import type { MachineMove } from './WorldModel.js';

/** How a guide ranks a move: it exercises something new, it gets closer to that, or neither. */
export const Rank = { NEW: 0, CLOSER: 1, NEUTRAL: 2 } as const;
export type Rank = (typeof Rank)[keyof typeof Rank];

/**
 * What a coverage-guided walk asks before choosing a step: how a move ranks against what the
 * earlier runs covered.
 */
export interface WalkGuide {
  rank(move: MachineMove): Rank;
}
