// The GraphQL API on the embedded store, each suite on a fresh store in its own temporary folder.
import { openTempStore } from '../fixtures/test-server.js';
import { answersSuite } from './answers-suite.js';
import { apiSuite } from './api-suite.js';
import { apiStyleSuite } from './api-style-suite.js';

apiSuite('LadybugDB', () => openTempStore({ prefix: 'explorer-api-' }));
answersSuite('LadybugDB', () => openTempStore({ prefix: 'explorer-api-' }));
apiStyleSuite('LadybugDB', () => openTempStore({ prefix: 'explorer-api-style-' }));
