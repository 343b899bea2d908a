import { ABNORMAL_VITALS_STATEMENTS } from './abnormalVitalsStatements.js';
import { ACUTE_ABDOMEN_STATEMENTS } from './acuteAbdomenStatements.js';
import { ANAPHYLAXIS_STATEMENTS } from './anaphylaxisStatements.js';
import { BREATHING_DIFFICULTY_STATEMENTS } from './breathingDifficultyStatements.js';
import { CARDIAC_CHEST_PAIN_STATEMENTS } from './cardiacChestPainStatements.js';
import { CONFUSION_STATEMENTS } from './confusionStatements.js';
import { FAINTING_STATEMENTS } from './faintingStatements.js';
import { MENINGITIS_STATEMENTS } from './meningitisStatements.js';
import { NEUROLOGICAL_STATEMENTS } from './neurologicalStatements.js';
import { OBSTETRIC_STATEMENTS } from './obstetricStatements.js';
import { PAEDIATRIC_STATEMENTS } from './paediatricStatements.js';
import { POISONING_STATEMENTS } from './poisoningStatements.js';
import type { Statement } from './Statement.js';
import { SEIZURE_STATEMENTS } from './seizureStatements.js';
import { SEPSIS_STATEMENTS } from './sepsisStatements.js';
import { SEVERE_BLEEDING_STATEMENTS } from './severeBleedingStatements.js';
import { STROKE_STATEMENTS } from './strokeStatements.js';
import { SUICIDAL_IDEATION_STATEMENTS } from './suicidalIdeationStatements.js';

/** Every red-flag statement of every family, in family order. */
export const ALL_STATEMENTS: readonly Statement[] = [
  ...STROKE_STATEMENTS,
  ...CARDIAC_CHEST_PAIN_STATEMENTS,
  ...BREATHING_DIFFICULTY_STATEMENTS,
  ...ANAPHYLAXIS_STATEMENTS,
  ...SUICIDAL_IDEATION_STATEMENTS,
  ...SEVERE_BLEEDING_STATEMENTS,
  ...SEPSIS_STATEMENTS,
  ...MENINGITIS_STATEMENTS,
  ...OBSTETRIC_STATEMENTS,
  ...PAEDIATRIC_STATEMENTS,
  ...SEIZURE_STATEMENTS,
  ...NEUROLOGICAL_STATEMENTS,
  ...ACUTE_ABDOMEN_STATEMENTS,
  ...POISONING_STATEMENTS,
  ...ABNORMAL_VITALS_STATEMENTS,
  ...FAINTING_STATEMENTS,
  ...CONFUSION_STATEMENTS,
];
