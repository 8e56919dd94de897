// The data-quality query on the embedded store.
import { openTempStore } from '../fixtures/test-server.js';
import { qualitySuite } from './quality-suite.js';

qualitySuite('LadybugDB', () => openTempStore({ prefix: 'explorer-quality-' }));
