import { httpProperty } from './httpProperty.js';
import { propertyTest } from './support/propertyTest.js';

propertyTest(httpProperty);
