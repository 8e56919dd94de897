import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RELATIONSHIP_ID,
  defaultRelationshipId,
  parseBatch,
  type GraphRelationship,
} from '../metamodel/index.js';
import { identityLookups, resolveRelationships, type StoredRelationships } from './relationship-identity.js';

const nothingStored: StoredRelationships = { byId: new Map(), byKey: new Map() };
const stored = (...rels: GraphRelationship[]): StoredRelationships => {
  const byKey = new Map<string, GraphRelationship[]>();
  for (const r of rels) {
    const key = `${r.from}|${r.type}|${r.to}`;
    byKey.set(key, [...(byKey.get(key) ?? []), r]);
  }
  return { byId: new Map(rels.map((r) => [r.id, r])), byKey };
};
const hosted = (to: string, id?: string) => ({
  from: 'system:email',
  type: 'HOSTED_AT' as const,
  to,
  ...(id ? { id } : {}),
});
const storedRel = (to: string, id: string): GraphRelationship => ({ ...hosted(to), id, provenance: [] });

describe('relationship identity', () => {
  it('gives each relationship without an id its default id, and keeps given ids', () => {
    const batch = parseBatch({ relationships: [hosted('site:a'), hosted('site:b', 'r-1')] });
    const { batch: resolved, issues } = resolveRelationships(batch, nothingStored);
    expect(issues).toEqual([]);
    expect(resolved.relationships.map((r) => r.id)).toEqual([
      defaultRelationshipId('system:email', 'HOSTED_AT', 'site:a'),
      'r-1',
    ]);
    expect(resolved.relationships[0]).toEqual({
      ...batch.relationships[0],
      id: resolved.relationships[0]!.id,
    });
  });

  it('refuses two without ids between the same ends, naming the last one before', () => {
    const batch = parseBatch({ relationships: [hosted('site:a'), hosted('site:a'), hosted('site:a')] });
    const { batch: resolved, issues } = resolveRelationships(batch, nothingStored);
    expect(issues).toEqual([
      {
        path: 'relationships.1',
        message: 'same ends and type as relationships.0: give each an id to keep both',
      },
      {
        path: 'relationships.2',
        message: 'same ends and type as relationships.1: give each an id to keep both',
      },
    ]);
    expect(new Set(resolved.relationships.map((r) => r.id)).size).toBe(3);
  });

  it('makes a fresh id when the batch gives the default id to another item', () => {
    const preferred = defaultRelationshipId('system:email', 'HOSTED_AT', 'site:a');
    const batch = parseBatch({ relationships: [hosted('site:a'), hosted('site:a', preferred)] });
    const { batch: resolved, issues } = resolveRelationships(batch, nothingStored);
    expect(issues).toEqual([]);
    expect(resolved.relationships[1]!.id).toBe(preferred);
    expect(resolved.relationships[0]!.id).not.toBe(preferred);
    expect(resolved.relationships[0]!.id).not.toMatch(DEFAULT_RELATIONSHIP_ID);
  });

  it('matches a stored relationship by its ends when only one has them, and asks for the id of two', () => {
    const batch = parseBatch({ relationships: [hosted('site:a'), hosted('site:b')] });
    const { batch: resolved, issues } = resolveRelationships(
      batch,
      stored(storedRel('site:a', 'a-1'), storedRel('site:b', 'b-1'), storedRel('site:b', 'b-2')),
    );
    expect(resolved.relationships[0]!.id).toBe('a-1');
    expect(issues).toEqual([
      {
        path: 'relationships.1',
        message:
          '2 relationships system:email HOSTED_AT site:b exist (b-1, b-2): give the id of the one you mean',
      },
    ]);
  });

  it('refuses a given id of the default form that is not the default of its own ends', () => {
    const other = defaultRelationshipId('system:email', 'HOSTED_AT', 'site:b');
    const { issues } = resolveRelationships(
      parseBatch({ relationships: [hosted('site:a', other)] }),
      nothingStored,
    );
    expect(issues.map((i) => i.path)).toEqual(['relationships.0.id']);
  });

  it('looks up by ends only items whose source the store holds', () => {
    const batch = parseBatch({
      relationships: [hosted('site:a'), { from: 'system:new', type: 'HOSTED_AT', to: 'site:a' }],
      deleteRelationships: [{ id: 'r-9' }],
    });
    const lookups = identityLookups(batch, (id) => id === 'system:email');
    expect(lookups.ids).toEqual(['r-9']);
    expect([...lookups.keys]).toEqual(['system:email|HOSTED_AT|site:a']);
    expect(lookups.sources).toEqual(['system:email']);
    expect(identityLookups(batch).sources).toEqual(['system:email', 'system:new']);
  });
});
