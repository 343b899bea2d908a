import { clopperPearson, type Proportion } from './clopperPearson.js';
import type { VignetteOutcome } from './triageVignettes.js';
import { type Emergency, isEmergency, type Vignette } from './Vignette.js';

/** Recall of a group of emergencies, at the acuity each requires and at acuity <= 2. */
export interface RecallFigures {
  atRequired: Proportion;
  escalated: Proportion;
}

/** What `npm run eval` reports for one configuration on one part of the set. */
export interface EvalFigures {
  recall: RecallFigures;
  /** Emergencies triaged less urgent than required: the complement of recall at required. */
  underTriage: Proportion;
  byFamily: Record<string, RecallFigures>;
  hard: RecallFigures;
  /** Benign messages escalated. */
  overTriage: Proportion;
  overTriageByKind: Record<string, Proportion>;
  emergenciesToldSelfCare: number;
  /** Rows: required acuity (1, 2) or `benign`; columns: the final acuity 1-5. */
  confusion: Record<'1' | '2' | 'benign', [number, number, number, number, number]>;
  /** Emergencies not caught at their required acuity, with what they got. */
  misses: Array<{ id: string; family: string; required: 1 | 2; got: number; escalated: boolean }>;
  overTriaged: Array<{ id: string; kind: string; got: number }>;
}

const caughtAtRequired = (v: Emergency, o: VignetteOutcome): boolean =>
  o.escalated && o.acuity <= v.acuity;

/**
 * Scores a configuration's outcomes against the reference set's labels, with exact 95%
 * intervals. Why not re-derive anything from the system: the labels are the only truth here.
 */
export function evalFigures(vignettes: readonly Vignette[], outcomes: readonly VignetteOutcome[]) {
  const byId = new Map(outcomes.map((o) => [o.id, o]));
  const outcomeOf = (v: Vignette): VignetteOutcome => {
    const o = byId.get(v.id);
    if (!o) throw new Error(`no outcome for ${v.id}`);
    return o;
  };
  const emergencies = vignettes.filter(isEmergency);
  const benign = vignettes.filter((v) => !isEmergency(v));
  const recallOf = (group: readonly Emergency[]): RecallFigures => ({
    atRequired: clopperPearson(
      group.filter((v) => caughtAtRequired(v, outcomeOf(v))).length,
      group.length,
    ),
    escalated: clopperPearson(group.filter((v) => outcomeOf(v).escalated).length, group.length),
  });
  const groupBy = <T extends Vignette>(items: readonly T[], key: (v: T) => string) => {
    const groups = new Map<string, T[]>();
    for (const v of items) groups.set(key(v), [...(groups.get(key(v)) ?? []), v]);
    return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  };
  const recall = recallOf(emergencies);
  const confusion: EvalFigures['confusion'] = {
    '1': [0, 0, 0, 0, 0],
    '2': [0, 0, 0, 0, 0],
    benign: [0, 0, 0, 0, 0],
  };
  for (const v of vignettes) {
    const row = isEmergency(v) ? confusion[String(v.acuity) as '1' | '2'] : confusion.benign;
    row[outcomeOf(v).acuity - 1]! += 1;
  }
  const escalatedShare = (group: readonly Vignette[]) =>
    clopperPearson(group.filter((v) => outcomeOf(v).escalated).length, group.length);
  const figures: EvalFigures = {
    recall,
    underTriage: clopperPearson(
      recall.atRequired.trials - recall.atRequired.successes,
      recall.atRequired.trials,
    ),
    byFamily: Object.fromEntries(
      groupBy(emergencies, (v) => v.family).map(([f, g]) => [f, recallOf(g)]),
    ),
    hard: recallOf(emergencies.filter((v) => v.hard !== null)),
    overTriage: escalatedShare(benign),
    overTriageByKind: Object.fromEntries(
      groupBy(benign, (v) => v.kind).map(([k, g]) => [k, escalatedShare(g)]),
    ),
    emergenciesToldSelfCare: emergencies.filter((v) => outcomeOf(v).selfCare).length,
    confusion,
    misses: emergencies
      .filter((v) => !caughtAtRequired(v, outcomeOf(v)))
      .map((v) => ({
        id: v.id,
        family: v.family,
        required: v.acuity,
        got: outcomeOf(v).acuity,
        escalated: outcomeOf(v).escalated,
      })),
    overTriaged: benign
      .filter((v) => outcomeOf(v).escalated)
      .map((v) => ({ id: v.id, kind: v.kind, got: outcomeOf(v).acuity })),
  };
  return figures;
}
