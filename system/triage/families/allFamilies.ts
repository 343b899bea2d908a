import type { Finding, RedFlagRule } from '../RedFlagRule.js';
import { ABDOMINAL } from './abdominal.js';
import { ANAPHYLAXIS } from './anaphylaxis.js';
import { BLEEDING } from './bleeding.js';
import { BREATHING } from './breathing.js';
import { CARDIAC } from './cardiac.js';
import { GENERAL } from './general.js';
import { MENINGITIS } from './meningitis.js';
import { NEUROLOGICAL } from './neurological.js';
import { OBSTETRIC } from './obstetric.js';
import { PAEDIATRIC } from './paediatric.js';
import { POISONING } from './poisoning.js';
import { SEPSIS } from './sepsis.js';
import { STROKE } from './stroke.js';
import { SUICIDE } from './suicide.js';
import { TRAUMA } from './trauma.js';
import { VITAL_SIGNS } from './vitalSigns.js';

// The order rules are reported in: airway, breathing, circulation, then the rest.
const FAMILIES = [
  BREATHING,
  ANAPHYLAXIS,
  BLEEDING,
  CARDIAC,
  STROKE,
  NEUROLOGICAL,
  SEPSIS,
  MENINGITIS,
  OBSTETRIC,
  PAEDIATRIC,
  POISONING,
  SUICIDE,
  ABDOMINAL,
  TRAUMA,
  VITAL_SIGNS,
  GENERAL,
];

/** Every named finding the rules combine. */
export const FINDINGS: readonly Finding[] = FAMILIES.flatMap((f) => f.findings);

/** Every rule, in the order hits are reported. */
export const FAMILY_RULES: readonly RedFlagRule[] = FAMILIES.flatMap((f) => f.rules);
