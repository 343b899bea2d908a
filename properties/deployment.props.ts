import { deploymentProperty } from './deploymentProperty.js';
import { propertyTest } from './support/propertyTest.js';

propertyTest(deploymentProperty);
