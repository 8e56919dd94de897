// The node kinds and their own fields: the one place a kind or a field is declared.
import { field, type FieldSpec } from './fields.js';

export const NODE_KINDS = ['Strategy', 'Theme', 'Project', 'System', 'Contract', 'Partner', 'Site'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

const start = field.partialDate('When it starts (year, month or day precision).');
const end = field.partialDate('When it ends (year, month or day precision).');

export const KIND_FIELDS = {
  Strategy: {
    owner: field.text('The organisation that owns the strategy.'),
    start,
    end,
  },
  Theme: {
    code: field.text('The number or label the source gives the theme, e.g. "Priority 2".'),
  },
  Project: {
    code: field.text('The action number the source gives, e.g. "3.4".'),
    status: field.oneOf(
      'ProjectStatus',
      ['PROPOSED', 'PLANNED', 'ACTIVE', 'COMPLETED', 'CANCELLED'],
      'Where the project stands.',
    ),
    start,
    end,
    owner: field.text('The accountable owner (a role or person).'),
  },
  System: {
    category: field.oneOf(
      'SystemCategory',
      ['APPLICATION', 'INFRASTRUCTURE', 'NETWORK', 'PLATFORM', 'SERVICE'],
      'What sort of system it is.',
    ),
    hosting: field.oneOf('Hosting', ['ON_PREMISES', 'CLOUD', 'PARTNER', 'HYBRID'], 'Where it runs.'),
    criticality: field.oneOf(
      'Criticality',
      ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'],
      'How much the business depends on it.',
    ),
    rtoHours: field.decimal('Recovery time objective, in hours.', 0, 24 * 365),
    minServiceLevel: field.decimal('Minimum service level (availability), in per cent.', 0, 100),
  },
  Contract: {
    supplier: field.text('The supplier, as the source names it.'),
    start,
    end,
    noticeMonths: field.integer('Notice period, in months.', 0, 120),
    valueGbp: field.decimal('Contract value in pounds sterling, where known.'),
  },
  Partner: {
    sector: field.oneOf(
      'PartnerSector',
      [
        'LOCAL_GOVERNMENT',
        'CENTRAL_GOVERNMENT',
        'POLICE',
        'FIRE_AND_RESCUE',
        'HEALTH',
        'EDUCATION',
        'VOLUNTARY',
        'PRIVATE',
      ],
      'The sector the partner belongs to.',
    ),
    role: field.text('What the partner is to us, e.g. "supplier" or "network customer".'),
  },
  Site: {
    siteKind: field.oneOf(
      'SiteKind',
      ['DATA_CENTRE', 'OFFICE', 'SCHOOL', 'LIBRARY', 'HEALTH', 'EMERGENCY_SERVICES', 'OTHER'],
      'What sort of site it is.',
    ),
    location: field.text('Town or address.'),
  },
} as const satisfies Record<NodeKind, Record<string, FieldSpec>>;

/** Every kind field by name, across kinds; one name has one type everywhere. */
export const ALL_KIND_FIELDS: ReadonlyMap<string, FieldSpec> = (() => {
  const all = new Map<string, FieldSpec>();
  for (const kind of NODE_KINDS) {
    for (const [name, spec] of Object.entries(KIND_FIELDS[kind]) as [string, FieldSpec][]) {
      const seen = all.get(name);
      if (seen && (seen.store !== spec.store || seen.graphql !== spec.graphql)) {
        throw new Error(`[domain/metamodel] field "${name}" has two types across kinds`);
      }
      all.set(name, spec);
    }
  }
  return all;
})();

export const isNodeKind = (value: string): value is NodeKind =>
  (NODE_KINDS as readonly string[]).includes(value);
