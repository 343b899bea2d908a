import { afterAll } from 'vitest';
import { browserWalkProperty } from './browserWalkProperty.js';
import { browserWalksClosed } from './support/browserTraceRunner.js';
import { propertyTest } from './support/propertyTest.js';

propertyTest(browserWalkProperty);
// Why wait: the runner's `close` is synchronous, and the worker may end before the browser
// has exited and its profile directory is gone.
afterAll(browserWalksClosed);
