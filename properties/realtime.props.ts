import { realtimeProperty } from './realtimeProperty.js';
import { propertyTest } from './support/propertyTest.js';

propertyTest(realtimeProperty);
