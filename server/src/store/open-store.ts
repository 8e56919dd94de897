// Chooses the store the configuration names: Neo4j when NEO4J_URI is set, else the embedded file.
import type { Metamodel } from '../domain/metamodel/index.js';
import type { GraphStore } from './port.js';
import { openLadybugStore } from './ladybug/open-ladybug.js';
import { openNeo4jStore } from './neo4j/open-neo4j.js';

export type StoreChoice =
  | { readonly kind: 'ladybug'; readonly file: string; readonly bufferPoolBytes?: number }
  | {
      readonly kind: 'neo4j';
      readonly uri: string;
      readonly user: string;
      readonly password: string;
      readonly database?: string | undefined;
    };

/** `check: false` opens an embedded store that failed its start-up checks: only for a
 *  deliberate wipe. `metamodel`: what the store's schema follows (the council one by default). */
export function openStore(
  choice: StoreChoice,
  options: { check?: boolean; metamodel?: Metamodel } = {},
): Promise<GraphStore> {
  return choice.kind === 'neo4j'
    ? openNeo4jStore(choice, options.metamodel ? { metamodel: options.metamodel } : {})
    : openLadybugStore(choice.file, {
        ...options,
        ...(choice.bufferPoolBytes ? { bufferPoolBytes: choice.bufferPoolBytes } : {}),
      });
}
