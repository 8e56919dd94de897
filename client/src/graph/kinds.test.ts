// The client's lists of kinds and relationship types against the committed schema: the types
// catch a missing entry, this catches an extra or misspelt one.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NODE_KINDS, RELATIONSHIP_TYPES, kindOfId } from './kinds.js';

const schema = fs.readFileSync(new URL('../generated/schema.graphql', import.meta.url), 'utf8');
const enumValues = (name: string) =>
  new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(schema)![1]!.trim().split(/\s+/);

describe('kinds and relationship types', () => {
  it('match the schema', () => {
    expect([...NODE_KINDS].sort()).toEqual(enumValues('NodeKind').sort());
    expect([...RELATIONSHIP_TYPES].sort()).toEqual(enumValues('RelationshipType').sort());
  });

  it('reads the kind from an id', () => {
    expect(kindOfId('contract:kpsn-unisys')).toBe('Contract');
    expect(kindOfId('nonsense')).toBeNull();
  });
});
