// The node kinds and their own fields: the one place a kind or a field is declared.
import { field, type FieldSpec } from './fields.js';

export const NODE_KINDS = ['Strategy', 'Theme', 'Project', 'System', 'Contract', 'Partner', 'Site'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** The lifecycle every node and relationship may carry: what is live on a date follows from it
 *  (see domain/time/live.ts). A planned thing with no start is never live. */
export const LIFECYCLE_FIELDS = {
  start: field.partialDate('When it starts (year, month or day precision).'),
  end: field.partialDate('When it ends (year, month or day precision).'),
  planned: field.flag('Only planned: with no start date it is never live.'),
} as const;
const lifecycle = LIFECYCLE_FIELDS;

export const KIND_FIELDS = {
  Strategy: {
    owner: field.text('The organisation that owns the strategy.'),
    ...lifecycle,
  },
  Theme: {
    code: field.text('The number or label the source gives the theme, e.g. "Priority 2".'),
    ...lifecycle,
  },
  Project: {
    code: field.text('The action number the source gives, e.g. "3.4".'),
    status: field.oneOf(
      'ProjectStatus',
      ['PROPOSED', 'PLANNED', 'ACTIVE', 'COMPLETED', 'CANCELLED'],
      'Where the project stands.',
    ),
    ...lifecycle,
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
    ...lifecycle,
  },
  Contract: {
    supplier: field.text('The supplier, as the source names it.'),
    ...lifecycle,
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
    ...lifecycle,
  },
  Site: {
    siteKind: field.oneOf(
      'SiteKind',
      ['DATA_CENTRE', 'OFFICE', 'SCHOOL', 'LIBRARY', 'HEALTH', 'EMERGENCY_SERVICES', 'OTHER'],
      'What sort of site it is.',
    ),
    location: field.text('Town or address.'),
    ...lifecycle,
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
