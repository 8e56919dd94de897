// Client and server cannot drift: the committed schema must be the SDL the server builds, and the
// committed types must be what GraphQL Code Generator makes of it and of the client's operations
// (and the server's resolver types, server/src/api/generated/, of the same schema).
// When either fails, run `npm run codegen` and commit what changes.
import fs from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.js';
import { GENERATED_SCHEMA, serverSdl } from './server-sdl.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** One file that codegen makes (its `generate` is typed as returning anything). */
interface FileOutput {
  readonly filename: string;
  readonly content: string;
}

describe('generated GraphQL files', () => {
  it('client/src/generated/schema.graphql is the server’s schema', async () => {
    expect(fs.readFileSync(GENERATED_SCHEMA, 'utf8'), 'run `npm run codegen`').toBe(await serverSdl());
  });

  it('client/src/generated/*.ts are what codegen makes of the schema and the operations', async () => {
    const cwd = process.cwd();
    process.chdir(ROOT); // codegen resolves the config's globs from the working directory
    try {
      const outputs = (await generate({ ...config, hooks: {}, silent: true }, false)) as FileOutput[];
      for (const output of outputs) {
        const file = path.resolve(ROOT, output.filename);
        const options = await prettier.resolveConfig(file);
        const expected = await prettier.format(output.content, { ...options, filepath: file });
        expect(fs.readFileSync(file, 'utf8'), `${output.filename} is stale: run \`npm run codegen\``).toBe(
          expected,
        );
      }
    } finally {
      process.chdir(cwd);
    }
  });
});
