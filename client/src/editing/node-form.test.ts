import { describe, expect, it } from 'vitest';
import type { KindInfo } from './metamodel.js';
import { emptyValues, suggestId, toNodeInput, valuesFromNode, withKind, withName } from './node-form.js';

const SYSTEM: KindInfo = {
  kind: 'System',
  idPrefix: 'system:',
  fields: [
    { name: 'criticality', type: 'Criticality', enumValues: ['LOW', 'HIGH'], doc: '' },
    { name: 'rtoHours', type: 'Float', enumValues: null, doc: '' },
  ],
};
const CONTRACT: KindInfo = {
  kind: 'Contract',
  idPrefix: 'contract:',
  fields: [
    { name: 'end', type: 'PartialDate', enumValues: null, doc: '' },
    { name: 'noticeMonths', type: 'Int', enumValues: null, doc: '' },
  ],
};

describe('node form', () => {
  it('suggests kind:slug from the name until the id is typed', () => {
    expect(suggestId(SYSTEM, 'Gun Wharf, Chatham')).toBe('system:gun-wharf-chatham');
    const named = withName(emptyValues(SYSTEM), SYSTEM, 'New CRM');
    expect(named.id).toBe('system:new-crm');
    const typed = { ...named, id: 'system:crm', idEdited: true };
    expect(withName(typed, SYSTEM, 'New CRM 2').id).toBe('system:crm');
  });

  it('keeps the fields a new kind shares and re-suggests the id', () => {
    const values = { ...withName(emptyValues(SYSTEM), SYSTEM, 'Wide area network') };
    const changed = withKind({ ...values, fields: { rtoHours: '4', end: '2015' } }, CONTRACT);
    expect(changed).toMatchObject({
      kind: 'Contract',
      id: 'contract:wide-area-network',
      fields: { end: '2015' },
    });
  });

  it('turns values into a NodeInput: numbers parsed, empties left out, blank sources dropped', () => {
    const values = {
      ...withName(emptyValues(SYSTEM), SYSTEM, ' New CRM '),
      aliases: 'CRM\n\n  Customer system ',
      fields: { criticality: 'HIGH', rtoHours: ' 4.5 ' },
      provenance: [
        { document: 'strategy.txt', section: '§2', quote: '', inferred: false },
        { document: 'plan.txt', section: '4', quote: ' “all sites” ', inferred: true },
        { document: '', section: '', quote: '', inferred: true },
      ],
    };
    expect(toNodeInput(values, SYSTEM)).toEqual({
      ok: true,
      input: {
        kind: 'System',
        id: 'system:new-crm',
        name: 'New CRM',
        aliases: ['CRM', 'Customer system'],
        provenance: [
          { document: 'strategy.txt', section: '§2' },
          { document: 'plan.txt', section: '4', quote: '“all sites”', inferred: true },
        ],
        criticality: 'HIGH',
        rtoHours: 4.5,
      },
    });
    expect(toNodeInput({ ...values, fields: {} }, SYSTEM, 3)).toMatchObject({
      ok: true,
      input: { expectedVersion: 3 },
    });
  });

  it('sends a negative number on for the server to judge, but refuses text and fractions of Ints', () => {
    const base = withName(emptyValues(CONTRACT), CONTRACT, 'Lease');
    expect(toNodeInput({ ...base, fields: { noticeMonths: '-2' } }, CONTRACT)).toMatchObject({
      ok: true,
      input: { noticeMonths: -2 },
    });
    expect(toNodeInput({ ...base, fields: { noticeMonths: '2.5' } }, CONTRACT)).toEqual({
      ok: false,
      issues: { noticeMonths: 'expected a whole number' },
    });
    expect(toNodeInput({ ...base, fields: { noticeMonths: 'six' } }, CONTRACT)).toEqual({
      ok: false,
      issues: { noticeMonths: 'expected a number' },
    });
  });

  it('fills the form from a stored node, every field as text', () => {
    expect(
      valuesFromNode(
        {
          id: 'system:kpsn',
          kind: 'System',
          name: 'KPSN',
          aliases: ['Kent PSN'],
          description: null,
          version: 4,
          provenance: [{ document: 'a.txt', section: '1', quote: null, inferred: true }],
          criticality: 'HIGH',
          rtoHours: 4,
        },
        SYSTEM,
      ),
    ).toEqual({
      kind: 'System',
      id: 'system:kpsn',
      idEdited: true,
      name: 'KPSN',
      aliases: 'Kent PSN',
      description: '',
      fields: { criticality: 'HIGH', rtoHours: '4' },
      provenance: [{ document: 'a.txt', section: '1', quote: '', inferred: true }],
    });
  });
});
