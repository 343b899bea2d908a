import type { Rng } from '../createRng.js';
import { dropPunctuation } from './dropPunctuation.js';
import { nonNativeGrammar } from './nonNativeGrammar.js';
import { oneTypo } from './oneTypo.js';
import { textingAbbreviations } from './textingAbbreviations.js';

/** Applies writing-style noise at random, with the same odds at every acuity. */
export function applyStyle(text: string, rng: Rng, nonNative: boolean): string {
  let out = text;
  if (nonNative) out = nonNativeGrammar(out, rng);
  if (rng.chance(0.16)) out = textingAbbreviations(out, rng);
  if (rng.chance(0.2)) out = oneTypo(out, rng);
  if (rng.chance(0.25)) out = out.toLowerCase();
  if (rng.chance(0.15)) out = dropPunctuation(out);
  return out.replace(/\s{2,}/g, ' ').trim();
}
