import type { ModelMetrics } from './modelMetrics.js';

/** The thresholds a version must meet to leave validation. */
export interface GatePolicy {
  /** Largest share of acuity 1-2 examples a version may predict less urgent than their label. */
  maxEmergencyUnderTriage: number;
  /** Fewest acuity 1-2 examples the metrics must rest on; default 30. */
  minEmergencyExamples?: number;
}

/** The verdict of the gate, with every reason it failed (none when it passes). */
export interface GateVerdict {
  pass: boolean;
  reasons: string[];
}

// Why 5%: the most under-triage the American College of Surgeons Committee on Trauma accepts in
// trauma triage; the rule engine catches red flags whatever the model says, so the gate asks
// the model to be that good on its own, not perfect.
/** The policy `npm run train` prints its verdict against. */
export const DEFAULT_GATE_POLICY: Required<GatePolicy> = {
  maxEmergencyUnderTriage: 0.05,
  minEmergencyExamples: 30,
};

const percent = (x: number): string => `${(100 * x).toFixed(1)}%`;

/**
 * Decides whether a version may leave validation: its under-triage of emergencies (acuity 1-2)
 * must not exceed the threshold, measured on enough emergencies to mean something.
 */
export function promotionGate(metrics: ModelMetrics, policy: GatePolicy): GateVerdict {
  const reasons: string[] = [];
  const minExamples = policy.minEmergencyExamples ?? DEFAULT_GATE_POLICY.minEmergencyExamples;
  if (metrics.emergencyExamples < minExamples) {
    reasons.push(
      `only ${metrics.emergencyExamples} acuity 1-2 examples were evaluated (at least ${minExamples} needed)`,
    );
  }
  if (metrics.emergencyUnderTriageRate > policy.maxEmergencyUnderTriage) {
    reasons.push(
      `under-triage of acuity 1-2 is ${percent(metrics.emergencyUnderTriageRate)}, above the ${percent(policy.maxEmergencyUnderTriage)} allowed`,
    );
  }
  return { pass: reasons.length === 0, reasons };
}
