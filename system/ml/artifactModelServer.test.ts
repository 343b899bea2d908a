import fc from 'fast-check';
import { expect, test } from 'vitest';
import { ModelPrediction } from '../ports/ModelServer.js';
import { artifactModelServer } from './artifactModelServer.js';
import { predict } from './predict.js';
import { trainClassifier } from './trainClassifier.js';

const artifact = trainClassifier(
  [
    { text: 'my husband is not breathing', acuity: 1, family: 'breathing_difficulty' },
    { text: 'crushing chest pain into my arm', acuity: 2, family: 'cardiac_chest_pain' },
    { text: 'severe belly pain and vomiting', acuity: 3, family: null },
    { text: 'sore throat for two days', acuity: 4, family: null },
    { text: 'runny nose and a mild cold', acuity: 5, family: null },
  ],
  { seed: 9, heldOut: [], hyperParameters: { minFeatureCount: 1 } },
);
const server = artifactModelServer(artifact);

test('every answer parses as a ModelPrediction carrying the artifact version', async () => {
  await fc.assert(
    fc.asyncProperty(fc.string({ maxLength: 300 }), fc.string(), async (text, patientId) => {
      const answer = ModelPrediction.parse(await server.predict({ text, patientId }));
      expect(answer.version).toBe(artifact.version);
      expect(answer).toEqual({ ...predict(artifact, text), version: artifact.version });
    }),
  );
});
