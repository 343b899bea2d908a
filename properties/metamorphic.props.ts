import { metamorphicProperty } from './metamorphicProperty.js';
import { propertyTest } from './support/propertyTest.js';

propertyTest(metamorphicProperty);
