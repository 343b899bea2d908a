import type { Rng } from '../createRng.js';

const JOINERS: readonly string[] = [' and ', ', ', ' ', ' - ', ' and then ', ', '];

function lowerFirst(sentence: string): string {
  return /^[A-Z][a-z]/.test(sentence) ? sentence[0]!.toLowerCase() + sentence.slice(1) : sentence;
}

/** Merges neighbouring sentences into run-ons ("it hurts and he is sick and..."). */
export function runOn(sentences: readonly string[], rng: Rng): string[] {
  const out: string[] = [];
  for (const sentence of sentences) {
    const last = out[out.length - 1];
    if (last !== undefined && rng.chance(0.6)) {
      out[out.length - 1] = last.replace(/[.!]$/, '') + rng.pick(JOINERS) + lowerFirst(sentence);
    } else {
      out.push(sentence);
    }
  }
  return out;
}
