import { type EvalConfiguration, evalConfigurations } from './evalConfigurations.js';
import { type EvalFigures, evalFigures } from './evalFigures.js';
import { readVignettes, type SetPart } from './readVignettes.js';
import { triageVignettes, type VignetteOutcome } from './triageVignettes.js';

/** One configuration's results on one part of the reference set. */
export interface EvalResult {
  configuration: string;
  description: string;
  part: SetPart;
  vignettes: number;
  figures: EvalFigures;
  outcomes: VignetteOutcome[];
}

/** Runs every configuration over the given parts of the reference set. */
export async function runEval(
  parts: readonly SetPart[],
  configurations: readonly EvalConfiguration[] = evalConfigurations(),
): Promise<EvalResult[]> {
  const results: EvalResult[] = [];
  for (const part of parts) {
    const vignettes = readVignettes(part);
    for (const configuration of configurations) {
      const outcomes = await triageVignettes(vignettes, configuration.modelServer);
      results.push({
        configuration: configuration.name,
        description: configuration.description,
        part,
        vignettes: vignettes.length,
        figures: evalFigures(vignettes, outcomes),
        outcomes,
      });
    }
  }
  return results;
}
