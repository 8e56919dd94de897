// Writes the server's SDL to client/src/generated/schema.graphql for GraphQL Code Generator
// (codegen.ts). Run by `npm run codegen`.
import fs from 'node:fs';
import { GENERATED_SCHEMA, serverSdl } from './server-sdl.js';

fs.writeFileSync(GENERATED_SCHEMA, await serverSdl());
console.log(`wrote ${GENERATED_SCHEMA.pathname}`);
