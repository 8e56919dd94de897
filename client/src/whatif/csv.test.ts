import { describe, expect, it } from 'vitest';
import { affectedCsv, csvCell } from './csv.js';

describe('CSV export', () => {
  it('quotes what needs quoting and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(null)).toBe('');
  });

  it('writes one row per affected node with its chain', () => {
    const csv = affectedCsv([
      {
        node: { id: 'partner:kent-police', kind: 'Partner', name: 'Kent Police' },
        state: 'DOWN',
        downHours: null,
        indefinitelyDown: true,
        explanation: [
          { node: { name: 'KPSN contract' }, reason: 'lapses at its end (2015-02)' },
          { node: { name: 'KPSN' }, reason: 'needs contract:kpsn-unisys, which is down' },
          { node: { name: 'Kent Police' }, reason: 'needs system:kpsn, which is down' },
        ],
      },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'id,kind,name,state,down_hours,indefinitely_down,reason,chain',
      'partner:kent-police,Partner,Kent Police,DOWN,,true,"needs system:kpsn, which is down",KPSN contract → KPSN → Kent Police',
      '',
    ]);
  });
});
