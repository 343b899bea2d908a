import { check } from '../../harness/InvariantViolation.js';
import type { MachineMove } from '../../harness/WorldModel.js';
import { canaryWeightOf } from '../../models/deployment.js';
import { deploymentModel } from '../../models/deploymentLifecycle.js';
import type { ModelVersion } from '../../system/index.js';
import { systemVersionState } from './systemVersionState.js';

interface Change {
  from: string | null;
  to: string;
  at: number;
  by: string;
  /** The machine state moved to, for the weight a canary move must name. */
  state: string;
}

/**
 * The history each version must have, built from the deployment machine's moves: one entry
 * per move (a canary's weight steps included), with its time and who made it. Why keep it:
 * the history is the only record of who rolled what out when, and nothing else reads it.
 */
export class VersionHistories {
  readonly #expected: Change[][] = [];

  /** A version was registered, by `by` at `at`. */
  registered(by: string, at: number): void {
    this.#expected.push([{ from: null, to: 'registered', at, by, state: 'registered' }]);
  }

  /** Records a step's accepted moves; the canary analysis moves as `system`. */
  moved(moves: readonly MachineMove[], by: string, at: number): void {
    for (const m of moves) {
      if (m.machine !== deploymentModel.id || !m.accepted || m.to === null) continue;
      const k = Number(m.instance?.slice(1));
      this.#expected[k]!.push({
        from: systemVersionState(m.from),
        to: systemVersionState(m.to),
        at,
        by: m.type === 'ANALYSIS_FAILED' ? 'system' : by,
        state: m.to,
      });
    }
  }

  /** Each version's history against the expected one. */
  check(versions: readonly ModelVersion[], i: number): void {
    this.#expected.forEach((expected, k) => {
      const actual = versions[k]?.history ?? [];
      const shown = () =>
        `v${k}'s history is ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`;
      check(actual.length === expected.length, '12', i, shown);
      expected.forEach((e, n) => {
        const a = actual[n]!;
        const weight = canaryWeightOf(e.state);
        check(
          a.from === e.from &&
            a.to === e.to &&
            a.at === e.at &&
            a.by === e.by &&
            a.reason.length > 0 &&
            (weight === 0 || a.reason.includes(`${weight}%`)),
          '12',
          i,
          shown,
        );
      });
    });
  }
}
