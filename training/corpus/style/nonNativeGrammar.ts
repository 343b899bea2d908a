import type { Rng } from '../createRng.js';

/** Adds second-language patterns: "since 3 days", dropped articles, "have pain in chest". */
export function nonNativeGrammar(text: string, rng: Rng): string {
  return text
    .replace(/\bfor (\d+|two|three|a few|a couple of) (days|weeks|hours)\b/gi, 'since $1 $2')
    .replace(/\b(the|a) (?=[a-z])/g, (article) => (rng.chance(0.45) ? '' : article))
    .replace(/\bin (my|his|her) (chest|stomach|tummy|head|back)\b/g, (whole, _owner, part) =>
      rng.chance(0.5) ? `in ${part}` : whole,
    )
    .replace(/\bI am\b/g, () => (rng.chance(0.3) ? 'I' : 'I am'));
}
