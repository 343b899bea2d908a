import { clinicProperty } from './clinicProperty.js';
import { propertyTest } from './support/propertyTest.js';

propertyTest(clinicProperty);
