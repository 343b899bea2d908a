import { accessProperty } from './accessProperty.js';
import { propertyTest } from './support/propertyTest.js';

propertyTest(accessProperty);
