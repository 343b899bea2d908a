/** Red-flag families, spelled exactly as the classifier's label set spells them. */
export const FAMILIES = [
  'stroke',
  'cardiac_chest_pain',
  'breathing_difficulty',
  'anaphylaxis',
  'suicidal_ideation',
  'severe_bleeding',
  'sepsis',
  'meningitis',
  'obstetric',
  'paediatric',
  'seizure',
  'neurological',
  'acute_abdomen',
  'poisoning',
  'abnormal_vitals',
  'fainting',
  'confusion',
] as const;

/** One red-flag family. */
export type Family = (typeof FAMILIES)[number];

/** ESI v4 level: 1 needs an immediate life-saving intervention, 5 needs no resources. */
export type Acuity = 1 | 2 | 3 | 4 | 5;

/** One labelled training message; family is null when the message carries no red flag. */
export type CorpusExample = { text: string; acuity: Acuity; family: Family | null };
