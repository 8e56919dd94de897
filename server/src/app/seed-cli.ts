// `npm run seed [-- --wipe]`: loads the Kent dataset into the configured store. With --wipe it
// first deletes every node and relationship (the history stays), even in a store start-up refuses.
import { AppError } from '../domain/errors.js';
import { openStore } from '../store/open-store.js';
import { loadConfig } from './config.js';
import { loadSeed } from './load-seed.js';

const wipe = process.argv.includes('--wipe');
const config = loadConfig();
try {
  // A deliberate wipe may start again over a store a crash left inconsistent.
  const store = await openStore(config.store, { check: !wipe });
  try {
    const result = await loadSeed(store, { wipe });
    console.log(
      `${wipe ? 'Wiped and loaded' : 'Loaded'} the Kent dataset into ${store.name}: ` +
        `${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged (graph version ${result.graphVersion})`,
    );
  } finally {
    await store.close();
  }
} catch (error) {
  console.error(error instanceof AppError ? error.message : error);
  process.exit(1);
}
