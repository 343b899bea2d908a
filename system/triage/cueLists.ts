import { withinOneEdit } from './withinOneEdit.js';

/** A word set from words separated by spaces. */
export const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));
/**
 * A word set read with one typo allowed in words of 5 letters or more. Why only for these
 * sets: they keep a finding urgent (a present-tense cue, the end of a negation's scope), so a
 * misspelling must not take that away; the cues that lower a finding stay exact.
 */
export const tolerant = (words: ReadonlySet<string>) => {
  const long = [...words].filter((w) => w.length >= 5);
  return (t: string): boolean =>
    words.has(t) || (t.length >= 4 && long.some((w) => withinOneEdit(t, w)));
};
export const phrases = (list: string): readonly (readonly string[])[] =>
  list.split('|').map((p) => p.split(' '));
