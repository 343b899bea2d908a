import type { LabelledExample } from '../system/ml/labelledExample.js';
import type { RedFlagFamily } from '../system/triage/redFlagFamily.js';
import type { Vignette, VignetteFamily } from './Vignette.js';

const FAMILY: Readonly<Record<VignetteFamily, RedFlagFamily>> = {
  stroke: 'stroke',
  acs: 'cardiac_chest_pain',
  breathing: 'breathing_difficulty',
  anaphylaxis: 'anaphylaxis',
  suicide_selfharm: 'suicidal_ideation',
  bleeding: 'severe_bleeding',
  sepsis: 'sepsis',
  meningitis: 'meningitis',
  obstetric: 'obstetric',
  paediatric: 'paediatric',
  neurological: 'neurological',
  abdominal: 'acute_abdomen',
  poisoning: 'poisoning',
  vital_signs: 'abnormal_vitals',
};

/**
 * Vignettes as labelled examples for a classifier: an emergency at its required acuity and
 * family, a benign message at 5 when it is administrative or alarming words only, else 4.
 * Why 4 and 5: the set says only "not an emergency"; a classifier needs a class, and these
 * are what a triage nurse would give such messages.
 */
export const labelledVignettes = (vignettes: readonly Vignette[]): LabelledExample[] =>
  vignettes.map((v) =>
    v.expected === 'escalate'
      ? { text: v.text, acuity: v.acuity, family: FAMILY[v.family] }
      : {
          text: v.text,
          acuity: v.kind === 'administrative' || v.kind === 'alarming_words' ? 5 : 4,
          family: null,
        },
  );
