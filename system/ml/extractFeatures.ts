import { type FeatureSettings, featureGroups } from './featureGroups.js';

/** The distinct features of a message's tokens (see `featureGroups`), as training counts them. */
export function extractFeatures(tokens: readonly string[], settings: FeatureSettings): string[] {
  const features = new Set<string>();
  for (const group of featureGroups(tokens, settings)) {
    for (const feature of group.features) features.add(feature);
  }
  return [...features];
}
