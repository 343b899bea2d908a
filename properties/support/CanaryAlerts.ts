import { check } from '../../harness/InvariantViolation.js';
import type { MachineMove } from '../../harness/WorldModel.js';
import type { DeploymentView, System } from '../../system/index.js';

/**
 * What a failed canary must leave behind, checked after every step: the tick's answer names
 * the aborted version, an alert records it, and the ML engineer is notified with both; no
 * other step notifies the engineer of anything.
 */
export class CanaryAlerts {
  #seen: number;

  private constructor(
    private readonly session: string,
    seen: number,
  ) {
    this.#seen = seen;
  }

  /** Starts reading after what the engineer's outbox already holds. */
  static open(system: System, session: string): CanaryAlerts {
    const page = system.notificationsAfter(session, 0, 1);
    if (!page.ok) throw new Error('setup: the engineer has no outbox');
    return new CanaryAlerts(session, page.value.latest);
  }

  check(
    system: System,
    step: { moves: readonly MachineMove[]; answer: unknown; now: number },
    versions: readonly string[],
    view: DeploymentView,
    i: number,
  ): void {
    const aborted = step.moves
      .filter((m) => m.type === 'ANALYSIS_FAILED')
      .map((m) => versions[Number(m.instance?.slice(1))]!);
    const answer = step.answer as { ok?: boolean; value?: { rolloutsAborted?: unknown } } | null;
    if (answer?.ok && answer.value && 'rolloutsAborted' in answer.value)
      check(
        JSON.stringify(answer.value.rolloutsAborted) === JSON.stringify(aborted),
        '12',
        i,
        () => `the tick answered ${JSON.stringify(answer.value)}, expected aborted [${aborted}]`,
      );
    const page = system.notificationsAfter(this.session, this.#seen);
    if (!page.ok) throw new Error(`the engineer's outbox is unreadable: ${page.error.code}`);
    const notices = page.value.notifications;
    this.#seen = page.value.latest;
    const alerts = view.alerts.slice(view.alerts.length - aborted.length);
    const expected = aborted.map((version, n) => ({
      kind: 'model.canaryFailed',
      body: { alertId: alerts[n]?.id, version },
      createdAt: step.now,
    }));
    check(
      JSON.stringify(notices.map(({ kind, body, createdAt }) => ({ kind, body, createdAt }))) ===
        JSON.stringify(expected),
      '12',
      i,
      () =>
        `the engineer was notified ${JSON.stringify(notices)}, expected ${JSON.stringify(expected)}`,
    );
    alerts.forEach((alert, n) => {
      check(
        alert.id.startsWith('alert_') &&
          alert.version === aborted[n] &&
          alert.kind === 'canary_failed' &&
          alert.raisedAt === step.now &&
          alert.reasons.length > 0,
        '12',
        i,
        () => `alert ${JSON.stringify(alert)} does not record the failed canary ${aborted[n]}`,
      );
    });
  }
}
