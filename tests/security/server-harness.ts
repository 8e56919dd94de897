// A real server on loopback over a temporary embedded store, for the hardening tests.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { RunningServer } from '../../server/src/app/http-server.js';
import { parseBatch } from '../../server/src/domain/metamodel/index.js';
import type { GraphStore } from '../../server/src/store/port.js';
import { everyKind, twoDataCentres } from '../fixtures/graphs.js';
import { openTempStore, startTestServer, type ServerOptions } from '../fixtures/test-server.js';

export const TOKENS = {
  viewer: 'viewer-token-1234',
  editor: 'editor-token-5678',
  admin: 'admin-token-9012',
} as const;
export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
export const TOKEN_ENTRIES = Object.entries(TOKENS).map(([role, token]) => ({
  name: `${role}-user`,
  role: role as keyof typeof TOKENS,
  sha256: sha256(token),
}));

export interface Harness {
  readonly server: RunningServer;
  readonly store: GraphStore;
  readonly dir: string;
  close(): Promise<void>;
}

export async function startHarness(options: ServerOptions = {}): Promise<Harness> {
  const temp = await openTempStore({ prefix: 'explorer-security-' });
  await temp.store.applyBatch(parseBatch(everyKind));
  await temp.store.applyBatch(parseBatch(twoDataCentres));
  fs.writeFileSync(path.join(temp.dir, 'index.html'), '<!doctype html><title>Explorer</title>');
  const server = await startTestServer(temp.store, { clientDir: temp.dir, ...options });
  return {
    server,
    store: temp.store,
    dir: temp.dir,
    close: async () => {
      await server.close();
      await temp.close();
    },
  };
}

export interface GraphqlReply {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

export async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<GraphqlReply> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: GraphqlReply['body'];
  try {
    parsed = JSON.parse(text) as GraphqlReply['body'];
  } catch {
    parsed = { errors: [{ message: text }] };
  }
  return { status: res.status, body: parsed };
}
