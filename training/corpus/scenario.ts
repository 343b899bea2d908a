import type { Acuity, Family } from './corpusExample.js';
import type { NegationKey } from './negation/negationPools.js';
import type { WhoKind } from './person.js';
import type { RenderContext } from './renderTemplate.js';

/** How long ago a presentation typically started; picks the pool of duration sentences. */
export type Onset = 'minutes' | 'hours' | 'days' | 'weeks';

/**
 * A template (see renderTemplate) or a function that builds one. A string may start with
 * `I:` (writer only), `R:` (relative only), `B:` (baby only) or `C:` (child or teen only).
 */
export type Finding = string | ((ctx: RenderContext) => string);

/** Kinds of hard negative: alarming-looking messages that are not emergencies. */
export type HardNegativeKind =
  | 'negated'
  | 'past_resolved'
  | 'relative_history'
  | 'hypothetical'
  | 'administrative'
  | 'alarming_words'
  | 'normal_vitals';

/** One clinical presentation with its label and the pools its messages are built from. */
export type Scenario = {
  id: string;
  acuity: Acuity;
  family: Family | null;
  who: WhoKind;
  /** Phrasings of the key finding; at least 8, typical and atypical. */
  findings: readonly Finding[];
  /** Optional extra sentences that fit the presentation and do not change its label. */
  details?: readonly Finding[];
  onset?: readonly Onset[];
  /** Red flags this presentation can plausibly deny ("no chest pain"). */
  negations?: readonly NegationKey[];
  /** Whether a normal set of observations may be mentioned without contradicting the label. */
  normalVitals?: boolean;
  /** Whether the noun must state the age (children's vital-sign ranges depend on it). */
  needsAge?: boolean;
  hardNegative?: HardNegativeKind;
  /** Always appended after the key finding (negated variants use it). */
  tail?: Finding;
};
