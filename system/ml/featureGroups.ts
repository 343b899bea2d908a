import type { HyperParameters } from './hyperParameters.js';

// Why a cap: a long "word" is keyboard mashing or a pasted link, never a symptom, and would
// otherwise cost one n-gram per character.
const MAX_CHAR_GRAM_TOKEN = 40;

/** The settings feature extraction depends on. */
export type FeatureSettings = Pick<HyperParameters, 'wordBigrams' | 'charNgramSizes'>;

/** The features one word or word pair of a message contributes, named as the patient wrote it. */
export interface FeatureGroup {
  unit: string;
  features: string[];
}

/**
 * The features of a message's tokens (from `normalizeText`, as the red-flag rules read them),
 * grouped by the word or word pair they come from: for each distinct word, the word (`w:`) and
 * its character n-grams (`c:`, `_` marking a word edge); for each distinct adjacent pair, `b:`.
 * Groups may share n-grams; a rationale can name a misspelt word through them.
 */
export function featureGroups(
  tokens: readonly string[],
  settings: FeatureSettings,
): FeatureGroup[] {
  const groups = new Map<string, string[]>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (!groups.has(token)) groups.set(token, wordFeatures(token, settings.charNgramSizes));
    if (settings.wordBigrams && i > 0) {
      const pair = `${tokens[i - 1]} ${token}`;
      groups.set(pair, [`b:${pair}`]);
    }
  }
  return [...groups].map(([unit, features]) => ({ unit, features }));
}

function wordFeatures(token: string, sizes: readonly number[]): string[] {
  const features = [`w:${token}`];
  if (token.length > MAX_CHAR_GRAM_TOKEN) return features;
  const padded = `_${token}_`;
  for (const n of sizes) {
    for (let start = 0; start + n <= padded.length; start++) {
      features.push(`c:${padded.slice(start, start + n)}`);
    }
  }
  return features;
}
