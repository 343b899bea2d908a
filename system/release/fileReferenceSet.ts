import type { ReferenceSet } from './ReferenceSet.js';
import { readReferenceCases } from './readReferenceCases.js';

const read = new Map<string, ReferenceSet>();

/**
 * The reference set in a vignette file, read on first use and then kept: every system in a
 * process judges on the same cases, so what was measured once is measured once.
 */
export function fileReferenceSet(path: string): () => ReferenceSet {
  return () => {
    let set = read.get(path);
    if (set === undefined) {
      set = { name: path, cases: readReferenceCases(path) };
      read.set(path, set);
    }
    return set;
  };
}
