import { crashProperty } from './crashProperty.js';
import { propertyTest } from './support/propertyTest.js';

propertyTest(crashProperty);
