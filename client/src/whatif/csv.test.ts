import { describe, expect, it } from 'vitest';
import { affectedCsv, csvCell } from './csv.js';

describe('CSV export', () => {
  it('quotes what needs quoting and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(null)).toBe('');
  });

  it('writes a header block, then one row per affected node with its reason in words and breach', () => {
    const step = (id: string, name: string, reason: string) => ({
      node: { id, name },
      reason,
      lost: [],
      fallback: null,
    });
    const csv = affectedCsv(
      [
        {
          node: { id: 'system:kpsn', kind: 'System', name: 'KPSN' },
          state: 'DOWN',
          downHours: 48,
          indefinitelyDown: false,
          explanation: [
            step('contract:kpsn-unisys', 'KPSN contract', 'lapses at its end (2015-02)'),
            step('system:kpsn', 'KPSN', 'needs contract:kpsn-unisys, which is down'),
          ],
        },
        {
          node: { id: 'partner:kent-police', kind: 'Partner', name: 'Kent Police' },
          state: 'DOWN',
          downHours: null,
          indefinitelyDown: true,
          explanation: [
            step('contract:kpsn-unisys', 'KPSN contract', 'lapses at its end (2015-02)'),
            step('system:kpsn', 'KPSN', 'needs contract:kpsn-unisys, which is down'),
            step('partner:kent-police', 'Kent Police', 'needs system:kpsn, which is down'),
          ],
        },
      ],
      {
        scenario: 'KPSN contract lapses',
        asAt: '2015-03-01',
        events: ['KPSN contract lapses at its end date'],
        objectives: new Map([['system:kpsn', 24]]),
        breached: new Set(['system:kpsn']),
      },
    );
    expect(csv.split('\r\n')).toEqual([
      'scenario,KPSN contract lapses',
      'as_at,2015-03-01',
      'event,KPSN contract lapses at its end date',
      'affected,2',
      '',
      'id,kind,name,state,reason,recovery_objective_hours,hours_down,breach,chain',
      'system:kpsn,System,KPSN,DOWN,"needs KPSN contract, which is down",24,48,yes,KPSN contract → KPSN',
      'partner:kent-police,Partner,Kent Police,DOWN,"needs KPSN, which is down",,indefinitely,no,KPSN contract → KPSN → Kent Police',
      '',
    ]);
  });
});
