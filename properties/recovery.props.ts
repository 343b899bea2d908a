import { recoveryProperty } from './recoveryProperty.js';
import { propertyTest } from './support/propertyTest.js';

propertyTest(recoveryProperty);
