// Relationship ids: every relationship has one, so that two of one type between the same pair
// of nodes can coexist and history, edits, imports and exports can name each. Ids come from
// the writer (an ArchiMate identifier, a CSV or JSON id column) or are made here.
import { z } from 'zod';
import { parseNodeId } from './node-id.js';
import { relationshipKey } from './relationships.js';

/** Letters, digits and `_ . : -`: what ArchiMate identifiers, our own ids and CSV cells share,
 *  with nothing a URL, a Cypher string or a CSV cell would need to escape. */
export const RELATIONSHIP_ID_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.:-]{0,199}$/;

/** Never a node's id as well: the history names nodes and relationships by id side by side. */
export const relationshipIdSchema = z
  .string()
  .regex(
    RELATIONSHIP_ID_PATTERN,
    'a relationship id is 1 to 200 letters, digits or _ . : - (not starting with . : -)',
  )
  .refine((id) => typeof parseNodeId(id) === 'string', 'a relationship id cannot have the form of a node id');

/** Character codes of the hex digits. */
const HEX = [...'0123456789abcdef'].map((c) => c.charCodeAt(0));

/** 53 bits of a string hash (cyrb53), as 14 hex digits into `out` from `at`: 4294967296 *
 *  (2097151 & h2) + (h1 >>> 0), digit by digit (Number#toString(16) is a call into the runtime,
 *  six of them an id: a third of a 500k-relationship import's identity work). */
function hex53(h1: number, h2: number, out: number[], at: number): void {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const high = 2097151 & h2;
  for (let d = 0; d < 6; d++) out[at + d] = HEX[(high >>> (4 * (5 - d))) & 15]!;
  for (let d = 0; d < 8; d++) out[at + 6 + d] = HEX[(h1 >>> (4 * (7 - d))) & 15]!;
}

/** `rel:` and the 28 digits of an id, reused from one id to the next. */
const idCodes = [...'rel:'].map((c) => c.charCodeAt(0)).concat(new Array<number>(28).fill(0));

/**
 * The id a relationship gets when it is written without one and no other relationship holds
 * it: a function of its ends and type, so the built-in dataset, a re-import of a file without
 * ids and a data file from before ids (migrated at start-up) all get the same ids every time.
 */
export function defaultRelationshipId(from: string, type: string, to: string): string {
  return defaultRelationshipIdOfKey(relationshipKey(from, type, to));
}

/** `defaultRelationshipId` from the relationship's key (`relationshipKey`), for a caller that
 *  has made the key already: the hashes with seeds 1 and 2, in one pass over the key. */
export function defaultRelationshipIdOfKey(key: string): string {
  let a1 = 0xdeadbeef ^ 1;
  let a2 = 0x41c6ce57 ^ 1;
  let b1 = 0xdeadbeef ^ 2;
  let b2 = 0x41c6ce57 ^ 2;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a1 = Math.imul(a1 ^ c, 2654435761);
    a2 = Math.imul(a2 ^ c, 1597334677);
    b1 = Math.imul(b1 ^ c, 2654435761);
    b2 = Math.imul(b2 ^ c, 1597334677);
  }
  hex53(a1, a2, idCodes, 4);
  hex53(b1, b2, idCodes, 18);
  return String.fromCharCode.apply(null, idCodes);
}

/** The form of `defaultRelationshipId`'s ids: a written id of this form must be the default id
 *  of its own ends and type, so a made id never lands on another relationship. */
export const DEFAULT_RELATIONSHIP_ID = /^rel:[0-9a-f]{28}$/;

/** A fresh id, for a relationship parallel to one that holds its default id. */
export function newRelationshipId(): string {
  return `rel:${globalThis.crypto.randomUUID().replaceAll('-', '')}`;
}
