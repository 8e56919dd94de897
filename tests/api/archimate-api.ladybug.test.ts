// The GraphQL API on an embedded store of the ArchiMate profile, in its own temporary folder.
import { openTempStore } from '../fixtures/test-server.js';
import { ARCHIMATE, archimateApiSuite } from './archimate-api-suite.js';

archimateApiSuite('LadybugDB', () =>
  openTempStore({ prefix: 'explorer-archimate-api-', metamodel: ARCHIMATE }),
);
