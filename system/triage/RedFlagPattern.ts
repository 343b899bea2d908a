/**
 * Concepts that must all occur in one sentence of a message. A concept is alternatives
 * separated by `|`; an alternative is one or more words matched on consecutive tokens; a word
 * ending in `*` is a stem (5 letters or more) that matches any token it begins; `#n` matches
 * any number.
 */
export type RedFlagPattern = {
  readonly all: readonly string[];
  /** Largest distance in tokens between the first and the last concept found (0 if one). */
  readonly within?: number;
  /** Whether the concepts must occur in the order listed. */
  readonly ordered?: boolean;
  /**
   * Words that cancel a match when one occurs in its sentence within `unlessWithin` tokens of
   * it ("blue lips" from a blueberry smoothie, "confused by the form").
   */
  readonly unless?: string;
  readonly unlessWithin?: number;
};

/** Concepts in any order within `within` tokens. */
export const near = (within: number, ...all: string[]): RedFlagPattern => ({ all, within });

/** Concepts in the order given within `within` tokens. (Why not `then`: a module exporting `then` is a thenable, and awaiting its import hangs.) */
export const ordered = (within: number, ...all: string[]): RedFlagPattern => ({
  all,
  within,
  ordered: true,
});

/** One concept alone. */
export const word = (concept: string): RedFlagPattern => ({ all: [concept] });

/** A pattern that does not hold where `words` occur within `within` tokens of its match. */
export const unless = (pattern: RedFlagPattern, words: string, within = 4): RedFlagPattern => ({
  ...pattern,
  unless: words,
  unlessWithin: within,
});
