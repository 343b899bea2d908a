import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifactModelHost, type ModelServer, parseArtifact } from '../system/index.js';

/** One way the system can be running when a patient writes. */
export interface EvalConfiguration {
  /** A stable name: `default`, `model <version>`, `model down`. */
  name: string;
  description: string;
  /** The model server behind triage; undefined: the system's own default. */
  modelServer?: ModelServer;
}

/** The folder `npm run train` writes artifacts to. */
export const ARTIFACTS_DIR = join(import.meta.dirname, '..', 'artifacts');

/** A model server that never answers: the serving side is down. */
export const downModelServer: ModelServer = {
  predict: () => Promise.reject(new Error('model server down (eval)')),
};

/**
 * Every configuration a patient can meet: the default system (trained models off), each
 * registered model version serving every message, and the model server down (rules only,
 * degraded).
 */
export function evalConfigurations(artifactsDir = ARTIFACTS_DIR): EvalConfiguration[] {
  const versions = readdirSync(artifactsDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const parsed = parseArtifact(JSON.parse(readFileSync(join(artifactsDir, file), 'utf8')));
      if (!parsed.ok) throw new Error(`${file}: ${parsed.error}`);
      return parsed.value;
    });
  return [
    { name: 'default', description: 'createSystem() as shipped: the triage flag off' },
    ...versions.map((artifact) => ({
      name: `model ${artifact.version}`,
      description: `${artifact.version} serving every message (${artifact.labelCorruption > 0 ? 'deliberately corrupted labels' : 'trained as shipped'})`,
      modelServer: artifactModelHost.serve(artifact),
    })),
    {
      name: 'model down',
      description: 'the model server failing every call: rules only, degraded',
      modelServer: downModelServer,
    },
  ];
}
