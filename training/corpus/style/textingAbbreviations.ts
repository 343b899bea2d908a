import type { Rng } from '../createRng.js';

const SWAPS: readonly [RegExp, readonly string[]][] = [
  [/\byou\b/gi, ['u']],
  [/\byour\b/gi, ['ur']],
  [/\byou're\b/gi, ['ur', 'youre']],
  [/\bplease\b/gi, ['pls', 'plz', 'plse']],
  [/\bright now\b/gi, ['rn']],
  [/\bbecause\b/gi, ['cos', 'bc', 'coz']],
  [/\btonight\b/gi, ['tonite', '2nite']],
  [/\btomorrow\b/gi, ['tmrw', 'tmr']],
  [/\bthanks\b/gi, ['thx', 'ta', 'thnx']],
  [/\bthank you\b/gi, ['ty', 'thank u']],
  [/\babout\b/gi, ['abt']],
  [/\bwith\b/gi, ['w/', 'wiv']],
  [/\bbefore\b/gi, ['b4']],
  [/\bpeople\b/gi, ['ppl']],
  [/\breally\b/gi, ['rly', 'realy']],
  [/\bokay\b/gi, ['ok', 'k']],
  [/\bI don't know\b/gi, ['idk', 'dunno']],
  [/\bgoing to\b/gi, ['gonna']],
  [/\bwant to\b/gi, ['wanna']],
  [/\bmessage\b/gi, ['msg']],
  [/\bappointment\b/gi, ['appt']],
  [/\bminutes\b/gi, ['mins']],
  [/\bare\b/gi, ['r']],
  [/\band\b/gi, ['&', 'n']],
  [/\bsomeone\b/gi, ['some1']],
  [/\bto be honest\b/gi, ['tbh']],
  [/\bas soon as possible\b/gi, ['asap']],
  [/\bhospital\b/gi, ['hosp']],
  [/\bthough\b/gi, ['tho']],
];

/** Rewrites some words the way people type on phones ("u", "pls", "rn"). */
export function textingAbbreviations(text: string, rng: Rng): string {
  let out = text;
  for (const [pattern, replacements] of SWAPS) {
    if (!rng.chance(0.6)) continue;
    out = out.replace(pattern, (word) => (rng.chance(0.8) ? rng.pick(replacements) : word));
  }
  return out;
}
