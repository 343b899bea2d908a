/** Counts of one label value, e.g. open escalations of acuity 1. */
export interface Tally<K extends string> {
  key: Record<K, string>;
  count: number;
}

/**
 * What an operator watches, read from the records at one instant: aggregates only, never a
 * patient's id, name or words, so that every field may become a metric label or value.
 */
export interface OperationsView {
  /** Escalations not resolved, by acuity and by status (`open` = not yet acknowledged). */
  escalations: Tally<'acuity' | 'status'>[];
  /** How long the oldest unacknowledged escalation of each acuity has waited, in ms. */
  oldestUnacknowledgedMs: Tally<'acuity'>[];
  /** The acknowledgement SLA of each acuity that has one, in ms. */
  ackSlaMs: Tally<'acuity'>[];
  /** Acknowledgement deadlines that expired (each re-escalated), since the database began. */
  slaBreaches: number;
  /** Review cases waiting for a decision, by status (pending or claimed). */
  reviewQueue: Tally<'status'>[];
  /** Calls that reached a model version's server, by version and outcome. */
  modelCalls: Tally<'version' | 'outcome'>[];
  /** Notifications written and not yet acknowledged by their recipients. */
  outboxDepth: number;
  /** Notifications acknowledged by their recipients: what was delivered, by their word. */
  notificationsAcknowledged: number;
}
