import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { err, ok } from '../domain/result.js';
import { parseArtifact } from '../ml/parseArtifact.js';
import type { TriageModelArtifact } from '../ml/triageModelArtifact.js';
import type { ArtifactStore } from './ArtifactStore.js';
import { ModelVersionId } from './modelVersion.js';

/**
 * The artifacts `npm run train` writes, one `<version>.json` per version in a folder.
 * WARNING: a version is read and verified once, then kept; names are content hashes, so a
 * file that changes afterwards is a different version, never the same one updated.
 */
export function directoryArtifactStore(folder: string): ArtifactStore {
  const verified = new Map<string, TriageModelArtifact>();
  return {
    load(version) {
      const known = verified.get(version);
      if (known) return ok(known);
      // Why check the name first: it becomes a path, and must not climb out of the folder.
      if (!ModelVersionId.safeParse(version).success) return err({ kind: 'missing' });
      const path = join(folder, `${version}.json`);
      if (!existsSync(path)) return err({ kind: 'missing' });
      let raw: unknown;
      try {
        // Stryker disable next-line StringLiteral: without an encoding the file is read as bytes, which JSON.parse reads as the same UTF-8 text
        raw = JSON.parse(readFileSync(path, 'utf8'));
      } catch (e) {
        // Stryker disable next-line StringLiteral: reading and parsing throw only Errors, so the fallback text is never shown
        return err({ kind: 'unverified', detail: e instanceof Error ? e.message : 'unreadable' });
      }
      const parsed = parseArtifact(raw);
      if (!parsed.ok) return err({ kind: 'unverified', detail: parsed.error });
      verified.set(version, parsed.value);
      return ok(parsed.value);
    },
  };
}
