import { boundaryProperty } from './boundaryProperty.js';
import { propertyTest } from './support/propertyTest.js';

propertyTest(boundaryProperty);
