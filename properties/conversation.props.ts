import { conversationProperty } from './conversationProperty.js';
import { propertyTest } from './support/propertyTest.js';

propertyTest(conversationProperty);
