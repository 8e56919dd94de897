import { describe, expect, it } from 'vitest';
import { nodeFields } from './fields.js';

describe('detail fields', () => {
  it('shows a node’s own fields as words, leaving out common and empty ones', () => {
    expect(
      nodeFields({
        __typename: 'System',
        id: 'system:kpsn',
        name: 'KPSN',
        provenance: [],
        category: 'NETWORK',
        criticality: 'CRITICAL',
        rtoHours: 4,
        minServiceLevel: 99.99,
        hosting: null,
      }),
    ).toEqual([
      { name: 'category', label: 'Category', value: 'Network' },
      { name: 'criticality', label: 'Criticality', value: 'Critical' },
      { name: 'rtoHours', label: 'Recovery time objective', value: '4 hours' },
      { name: 'minServiceLevel', label: 'Minimum service level', value: '99.99 %' },
    ]);
    expect(nodeFields({ end: '2015-02', noticeMonths: 6, supplier: 'Unisys' })).toEqual([
      { name: 'end', label: 'End', value: 'February 2015' },
      { name: 'noticeMonths', label: 'Notice period', value: '6 months' },
      { name: 'supplier', label: 'Supplier', value: 'Unisys' },
    ]);
  });
});
