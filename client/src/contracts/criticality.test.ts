import { describe, expect, it } from 'vitest';
import { contractCriticality } from './criticality.js';

const none = { totalAffected: 0, criticalSystems: [], partners: [], counts: [] };

describe('contract criticality', () => {
  it('ranks critical systems over partners over anything else', () => {
    expect(contractCriticality({ ...none, totalAffected: 67, criticalSystems: [{}], partners: [{}] })).toBe(
      'critical',
    );
    expect(contractCriticality({ ...none, totalAffected: 3, partners: [{}] })).toBe('high');
    expect(
      contractCriticality({
        ...none,
        totalAffected: 1,
        counts: [{ kind: 'System', state: 'DOWN', count: 1 }],
      }),
    ).toBe('high');
    expect(
      contractCriticality({
        ...none,
        totalAffected: 2,
        counts: [{ kind: 'Project', state: 'AT_RISK', count: 2 }],
      }),
    ).toBe('moderate');
    expect(contractCriticality(none)).toBe('none');
  });
});
