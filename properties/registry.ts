import type { PropertyDefinition } from '../harness/PropertyDefinition.js';
import { accessProperty } from './accessProperty.js';
import { boundaryProperty } from './boundaryProperty.js';
import { browserWalkProperty } from './browserWalkProperty.js';
import { clinicProperty } from './clinicProperty.js';
import { conversationProperty } from './conversationProperty.js';
import { crashProperty } from './crashProperty.js';
import { deploymentProperty } from './deploymentProperty.js';
import { faultProperty } from './faultProperty.js';
import { httpProperty } from './httpProperty.js';
import { metamorphicProperty } from './metamorphicProperty.js';
import { realtimeProperty } from './realtimeProperty.js';
import { recoveryProperty } from './recoveryProperty.js';

/** Every property by name: what `--property`, `--replay` and the regression replay look up. */
export const PROPERTIES: ReadonlyMap<string, PropertyDefinition<never>> = new Map(
  [
    conversationProperty,
    clinicProperty,
    accessProperty,
    faultProperty,
    crashProperty,
    httpProperty,
    realtimeProperty,
    browserWalkProperty,
    deploymentProperty,
    metamorphicProperty,
    recoveryProperty,
    boundaryProperty,
  ]
    .map((p) => p as PropertyDefinition<never>)
    .map((p) => [p.name, p]),
);
