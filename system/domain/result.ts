/** The answer of a command: a value, or an expected failure carried as data (bugs throw). */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/** Wraps a successful value. */
export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

/** Wraps an expected failure. */
export const err = <E>(error: E): { ok: false; error: E } => ({ ok: false, error });
