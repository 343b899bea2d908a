import type { Acuity } from '../domain/acuity.js';
import type { ModelPrediction, ModelServer } from '../ports/ModelServer.js';
import { normalizeText } from './normalizeText.js';

/** The version string the baseline model reports. */
export const RULES_ONLY_VERSION = 'rules-only-v0';

// Why keywords: the baseline stands in for the trained classifier (a later issue) with a
// transparent, deterministic guess at the non-emergency acuities 3-5.
const CONCERNS: ReadonlyArray<{ acuity: Acuity; stems: readonly string[]; label: string }> = [
  {
    acuity: 3,
    label: 'a symptom that needs clinical review today',
    stems: ['severe', 'worst', 'vomit', 'dehydrat', 'pregnan', 'fracture', 'broken', 'burn'],
  },
  {
    acuity: 4,
    label: 'a symptom for a routine appointment',
    stems: ['fever', 'pain', 'rash', 'cough', 'headache', 'infection', 'swollen', 'diarrh'],
  },
];

/** A model server that answers with keyword rules: the baseline every version must beat. */
export function rulesOnlyModel(): ModelServer {
  return {
    async predict({ text }): Promise<ModelPrediction> {
      const tokens = normalizeText(text);
      for (const concern of CONCERNS) {
        const hit = tokens.find((t) => concern.stems.some((s) => t.startsWith(s)));
        if (hit !== undefined) {
          return {
            acuity: concern.acuity,
            confidence: 0.6,
            rationale: `keyword "${hit}" suggests ${concern.label}`,
            version: RULES_ONLY_VERSION,
          };
        }
      }
      // Why 4, never 5: a keyword guess cannot tell an emergency it does not know from a cold,
      // so without a trained model no message is advised self-care.
      return {
        acuity: 4,
        confidence: 0.5,
        rationale: 'no concerning keyword found; without a trained model, never self-care',
        version: RULES_ONLY_VERSION,
      };
    },
  };
}
