/** The one source of identifiers: unique within a system, reproducible from a seed. */
export interface Ids {
  next(prefix: string): string;
}
