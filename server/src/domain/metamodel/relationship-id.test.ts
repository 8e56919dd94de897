import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RELATIONSHIP_ID,
  defaultRelationshipId,
  defaultRelationshipIdOfKey,
  newRelationshipId,
  relationshipIdSchema,
} from './relationship-id.js';

describe('relationship ids', () => {
  it('makes the same default id from the same ends and type, every time, and another from others', () => {
    const id = defaultRelationshipId('system:email', 'HOSTED_AT', 'site:gun-wharf');
    expect(id).toBe(defaultRelationshipId('system:email', 'HOSTED_AT', 'site:gun-wharf'));
    expect(id).toMatch(DEFAULT_RELATIONSHIP_ID);
    expect(defaultRelationshipId('system:email', 'HOSTED_AT', 'site:sessions-house')).not.toBe(id);
    expect(defaultRelationshipId('system:email', 'DEPENDS_ON', 'site:gun-wharf')).not.toBe(id);
  });

  it('keeps the ids stored files already hold (the hash and its spelling never change)', () => {
    expect(defaultRelationshipId('system:email', 'HOSTED_AT', 'site:gun-wharf')).toBe(
      'rel:1feeef56602248021f5c817b73a1',
    );
    // Leading zero digits in both halves, and text beyond ASCII.
    expect(defaultRelationshipId('system:a', 'DEPENDS_ON', 'system:b')).toBe(
      'rel:02258ba881a7ae01647461a41fa0',
    );
    expect(defaultRelationshipId('', 'USES', '')).toBe('rel:0325fdb2deae5511f224be6685d9');
    expect(defaultRelationshipIdOfKey('project:x-1|DELIVERS|theme:ü-ß')).toBe(
      'rel:1cae55b759d11b0c1ac40edbcadc',
    );
    expect(defaultRelationshipId('system:a', 'DEPENDS_ON', 'infrastructure:é-1')).toBe(
      defaultRelationshipIdOfKey('system:a|DEPENDS_ON|infrastructure:é-1'),
    );
  });

  it('makes fresh ids of another form, so they never take a default id', () => {
    const a = newRelationshipId();
    expect(a).toMatch(/^rel:[0-9a-f]{32}$/);
    expect(a).not.toMatch(DEFAULT_RELATIONSHIP_ID);
    expect(newRelationshipId()).not.toBe(a);
  });

  it('takes ArchiMate identifiers and our own ids, and refuses node ids, spaces and separators', () => {
    for (const ok of ['id-4f1c2a', '_a1', 'rel:0123', 'r.1-2'])
      expect(relationshipIdSchema.safeParse(ok).success).toBe(true);
    for (const bad of ['system:email', 'a b', 'a|b', '', ':x', 'x'.repeat(201)]) {
      expect(relationshipIdSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});
