import { err, ok } from '../domain/result.js';
import { parseArtifact } from '../ml/parseArtifact.js';
import type { TriageModelArtifact } from '../ml/triageModelArtifact.js';
import type { ArtifactStore } from './ArtifactStore.js';

/** An artifact store held in memory, filled with what a training run (or a test) wrote. */
export interface MemoryArtifactStore extends ArtifactStore {
  /** Adds an artifact (as JSON-parsed); it is verified when first loaded. */
  put(raw: unknown): void;
}

/**
 * An in-memory artifact store. Each artifact is verified once, on its first load: hashing a
 * 200 kB artifact costs ~30 ms, and a store shared by many systems must not pay it per system.
 */
export function memoryArtifactStore(initial: readonly unknown[] = []): MemoryArtifactStore {
  const raws = new Map<string, unknown>();
  const verified = new Map<string, TriageModelArtifact>();
  const put = (raw: unknown) => {
    // Stryker disable next-line OptionalChaining: a null artifact is refused with a TypeError either way
    const version = (raw as { version?: unknown } | null)?.version;
    if (typeof version !== 'string') throw new TypeError('an artifact without a version');
    raws.set(version, raw);
    verified.delete(version);
  };
  for (const raw of initial) put(raw);
  return {
    put,
    load(version) {
      const known = verified.get(version);
      // Stryker disable next-line ConditionalExpression: a cache; the artifact verifies the same again
      if (known) return ok(known);
      if (!raws.has(version)) return err({ kind: 'missing' });
      const parsed = parseArtifact(raws.get(version));
      if (!parsed.ok) return err({ kind: 'unverified', detail: parsed.error });
      verified.set(version, parsed.value);
      return ok(parsed.value);
    },
  };
}
