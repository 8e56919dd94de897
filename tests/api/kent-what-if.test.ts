// What-ifs on the Kent dataset through GraphQL, on the embedded store.
import { openTempStore } from '../fixtures/test-server.js';
import { kentWhatIfSuite } from './kent-what-if-suite.js';

kentWhatIfSuite('LadybugDB', () => openTempStore({ prefix: 'explorer-kent-' }));
