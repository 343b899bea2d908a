import { adminScenarios } from './hardNegatives/adminScenarios.js';
import { alarmingWordScenarios } from './hardNegatives/alarmingWordScenarios.js';
import { hypotheticalScenarios } from './hardNegatives/hypotheticalScenarios.js';
import { negatedScenarios } from './hardNegatives/negatedScenarios.js';
import { normalVitalsScenarios } from './hardNegatives/normalVitalsScenarios.js';
import { pastEventScenarios } from './hardNegatives/pastEventScenarios.js';
import { relativeHistoryScenarios } from './hardNegatives/relativeHistoryScenarios.js';
import type { Scenario } from './scenario.js';
import { abdomenScenarios } from './scenarios/abdomenScenarios.js';
import { anaphylaxisScenarios } from './scenarios/anaphylaxisScenarios.js';
import { bleedingScenarios } from './scenarios/bleedingScenarios.js';
import { breathingScenarios } from './scenarios/breathingScenarios.js';
import { cardiacScenarios } from './scenarios/cardiacScenarios.js';
import { childVitalsScenarios } from './scenarios/childVitalsScenarios.js';
import { confusionScenarios } from './scenarios/confusionScenarios.js';
import { faintingScenarios } from './scenarios/faintingScenarios.js';
import { lessUrgentMoreScenarios } from './scenarios/lessUrgentMoreScenarios.js';
import { lessUrgentScenarios } from './scenarios/lessUrgentScenarios.js';
import { meningitisScenarios } from './scenarios/meningitisScenarios.js';
import { mentalHealthScenarios } from './scenarios/mentalHealthScenarios.js';
import { neurologicalScenarios } from './scenarios/neurologicalScenarios.js';
import { nonUrgentRequestScenarios } from './scenarios/nonUrgentRequestScenarios.js';
import { nonUrgentScenarios } from './scenarios/nonUrgentScenarios.js';
import { obstetricScenarios } from './scenarios/obstetricScenarios.js';
import { paediatricScenarios } from './scenarios/paediatricScenarios.js';
import { poisoningScenarios } from './scenarios/poisoningScenarios.js';
import { seizureScenarios } from './scenarios/seizureScenarios.js';
import { sepsisScenarios } from './scenarios/sepsisScenarios.js';
import { strokeScenarios } from './scenarios/strokeScenarios.js';
import { urgentMinorInjuryScenarios } from './scenarios/urgentMinorInjuryScenarios.js';
import { urgentScenarios } from './scenarios/urgentScenarios.js';
import { vitalsMetabolicScenarios } from './scenarios/vitalsMetabolicScenarios.js';
import { vitalsScenarios } from './scenarios/vitalsScenarios.js';

const clinical: readonly Scenario[] = [
  ...strokeScenarios,
  ...cardiacScenarios,
  ...breathingScenarios,
  ...anaphylaxisScenarios,
  ...mentalHealthScenarios,
  ...bleedingScenarios,
  ...sepsisScenarios,
  ...meningitisScenarios,
  ...obstetricScenarios,
  ...paediatricScenarios,
  ...seizureScenarios,
  ...neurologicalScenarios,
  ...abdomenScenarios,
  ...poisoningScenarios,
  ...vitalsScenarios,
  ...vitalsMetabolicScenarios,
  ...childVitalsScenarios,
  ...faintingScenarios,
  ...confusionScenarios,
  ...urgentScenarios,
  ...urgentMinorInjuryScenarios,
  ...lessUrgentScenarios,
  ...lessUrgentMoreScenarios,
  ...nonUrgentScenarios,
  ...nonUrgentRequestScenarios,
];

const minors = clinical.filter((s) => s.acuity >= 4);

const hardNegatives: readonly Scenario[] = [
  ...negatedScenarios(minors),
  ...pastEventScenarios,
  ...relativeHistoryScenarios,
  ...hypotheticalScenarios,
  ...adminScenarios,
  ...alarmingWordScenarios,
  ...normalVitalsScenarios,
];

/** Every scenario the corpus draws from: clinical ones, the minor pool, and hard negatives. */
export const scenarioCatalogue = {
  clinical,
  /** ESI 4-5 complaints: the pool for second complaints and for negated variants. */
  minors,
  hardNegatives,
  all: [...clinical, ...hardNegatives] as readonly Scenario[],
} as const;
