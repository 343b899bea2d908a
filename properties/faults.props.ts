import { faultProperty } from './faultProperty.js';
import { propertyTest } from './support/propertyTest.js';

propertyTest(faultProperty);
