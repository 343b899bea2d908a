import type { ReferenceCase } from './ReferenceCase.js';

/** A named reference set; `cases` keeps its identity for as long as the set is in use. */
export interface ReferenceSet {
  readonly name: string;
  readonly cases: readonly ReferenceCase[];
}
