import { describe, expect, it } from 'vitest';
import { changedFields, describeChange, formatValue, relationshipEnds } from './history-diff.js';

const readings = {
  outgoing: (t: string) => t.toLowerCase().replace(/_/g, ' '),
  incoming: (t: string) => (t === 'DEPENDS_ON' ? 'dependency of' : t),
};

describe('history in words', () => {
  it('lists the fields an update changed, before and after, leaving out the version', () => {
    expect(
      changedFields(
        { id: 'system:x', kind: 'System', name: 'Old', version: 1, rtoHours: 4, provenance: [] },
        { id: 'system:x', kind: 'System', name: 'New', version: 2, criticality: 'HIGH', provenance: [] },
      ),
    ).toEqual([
      { field: 'name', label: 'Name', before: 'Old', after: 'New' },
      { field: 'criticality', label: 'Criticality', before: '—', after: 'High' },
      { field: 'rtoHours', label: 'Recovery time objective', before: '4 hours', after: '—' },
    ]);
  });

  it('formats lists, sources and redundancy briefly', () => {
    expect(formatValue('aliases', ['A', 'B'])).toBe('A, B');
    expect(formatValue('provenance', [{}, {}])).toBe('2 sources');
    expect(formatValue('redundancy', { group: 'dc', k: 1 })).toBe('1 of “dc”');
    expect(formatValue('end', '2015-02')).toBe('February 2015');
  });

  it('reads relationship changes from the node’s side', () => {
    const after = { id: 'rel:1', from: 'system:new', type: 'DEPENDS_ON', to: 'system:kpsn' };
    const change = { action: 'CREATE', target: 'RELATIONSHIP', targetId: 'rel:1', after } as const;
    expect(relationshipEnds(change)).toEqual({ from: 'system:new', type: 'DEPENDS_ON', to: 'system:kpsn' });
    expect(relationshipEnds({ after: { id: 'rel:1' } })).toBeNull();
    expect(describeChange(change, 'system:new', readings)).toBe('linked: depends on system:kpsn');
    expect(describeChange(change, 'system:new', readings, () => 'KPSN')).toBe('linked: depends on KPSN');
    expect(
      describeChange({ ...change, action: 'DELETE', after: null, before: after }, 'system:kpsn', readings),
    ).toBe('unlinked: dependency of system:new');
    expect(
      describeChange({ action: 'UPDATE', target: 'NODE', targetId: 'system:new' }, 'system:new', readings),
    ).toBe('updated');
  });
});
