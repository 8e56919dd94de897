// How ArchiMate concepts map to the explorer's kinds and relationship types, as plain data a user
// may copy, edit and supply as JSON. ARCHIMATE.md beside this file explains each choice.
import { z } from 'zod';
import {
  KIND_FIELDS,
  RELATIONSHIP_RULES,
  nodeKindSchema,
  relationshipTypeSchema,
  type FieldSpec,
  type GraphNode,
  type NodeKind,
} from '../metamodel/index.js';
import type { ExportElementType } from './archimate-validity.js';

export const ARCHIMATE_RELATIONSHIP_TYPES = [
  'Composition',
  'Aggregation',
  'Assignment',
  'Realization',
  'Serving',
  'Access',
  'Influence',
  'Triggering',
  'Flow',
  'Specialization',
  'Association',
] as const;

const elementRuleSchema = z.strictObject({
  kind: nodeKindSchema,
  /** Fields the element type implies (Node → category INFRASTRUCTURE); a property overrides them. */
  fields: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});

const relationshipRuleSchema = z.strictObject({
  archimate: z.enum(ARCHIMATE_RELATIONSHIP_TYPES),
  /** Kinds of the ArchiMate source and target elements. */
  source: nodeKindSchema,
  target: nodeKindSchema,
  type: relationshipTypeSchema,
  /** True when our relationship runs target → source (A serves B: B DEPENDS_ON A). */
  reversed: z.boolean().default(false),
});
export type ArchimateRelationshipRule = z.infer<typeof relationshipRuleSchema>;

export const archimateMappingSchema = z
  .strictObject({
    /** ArchiMate element type (xsi:type) → kind; types not listed are reported as unmapped. */
    elements: z.record(z.string(), elementRuleSchema),
    /** First rule for (archimate, source kind, target kind) wins; there must be only one. */
    relationships: z.array(relationshipRuleSchema),
  })
  .superRefine((mapping, ctx) => {
    for (const [type, rule] of Object.entries(mapping.elements)) {
      for (const [name, value] of Object.entries(rule.fields)) {
        const spec = (KIND_FIELDS[rule.kind] as Record<string, FieldSpec>)[name];
        const path = ['elements', type, 'fields', name];
        if (!spec) ctx.addIssue({ code: 'custom', path, message: `a ${rule.kind} has no field ${name}` });
        else if (!spec.schema.safeParse(value).success) {
          ctx.addIssue({ code: 'custom', path, message: `${JSON.stringify(value)} is not a valid ${name}` });
        }
      }
    }
    const seen = new Set<string>();
    mapping.relationships.forEach((rule, i) => {
      const key = `${rule.archimate} ${rule.source} ${rule.target}`;
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: ['relationships', i], message: `a second rule for ${key}` });
      seen.add(key);
      const [from, to] = rule.reversed ? [rule.target, rule.source] : [rule.source, rule.target];
      const allowed = RELATIONSHIP_RULES[rule.type];
      if (
        !(allowed.from as readonly NodeKind[]).includes(from) ||
        !(allowed.to as readonly NodeKind[]).includes(to)
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['relationships', i],
          message: `${from} ${rule.type} ${to} is not allowed by the metamodel`,
        });
      }
    });
  });
export type ArchimateMapping = z.infer<typeof archimateMappingSchema>;

type Rule = z.input<typeof relationshipRuleSchema>;
const rule = (
  archimate: Rule['archimate'],
  source: NodeKind,
  target: NodeKind,
  type: Rule['type'],
  reversed = false,
) => ({ archimate, source, target, type, reversed }) satisfies Rule;

export const DEFAULT_ARCHIMATE_MAPPING: ArchimateMapping = archimateMappingSchema.parse({
  elements: {
    ApplicationComponent: { kind: 'System', fields: { category: 'APPLICATION' } },
    ApplicationService: { kind: 'System', fields: { category: 'SERVICE' } },
    TechnologyService: { kind: 'System', fields: { category: 'SERVICE' } },
    Node: { kind: 'System', fields: { category: 'INFRASTRUCTURE' } },
    Device: { kind: 'System', fields: { category: 'INFRASTRUCTURE' } },
    SystemSoftware: { kind: 'System', fields: { category: 'PLATFORM' } },
    CommunicationNetwork: { kind: 'System', fields: { category: 'NETWORK' } },
    Path: { kind: 'System', fields: { category: 'NETWORK' } },
    Contract: { kind: 'Contract' },
    BusinessActor: { kind: 'Partner' },
    WorkPackage: { kind: 'Project' },
    Driver: { kind: 'Strategy' },
    Goal: { kind: 'Theme' },
    Outcome: { kind: 'Theme' },
    Location: { kind: 'Site' },
    Facility: { kind: 'Site' },
  },
  relationships: [
    // A serves B: B needs A.
    rule('Serving', 'System', 'System', 'DEPENDS_ON', true),
    rule('Serving', 'System', 'Partner', 'USES', true),
    rule('Serving', 'System', 'Site', 'CONNECTED_VIA', true),
    // Information or control passes from A to B: B needs A (a project triggers the next one).
    rule('Flow', 'System', 'System', 'DEPENDS_ON', true),
    rule('Triggering', 'System', 'System', 'DEPENDS_ON', true),
    rule('Triggering', 'Project', 'Project', 'DEPENDS_ON', true),
    // A work package realizes what it delivers, builds or procures; a node realizes what runs on it.
    rule('Realization', 'Project', 'Theme', 'DELIVERS'),
    rule('Realization', 'Project', 'System', 'CHANGES'),
    rule('Realization', 'Project', 'Contract', 'ADDRESSES'),
    rule('Realization', 'System', 'System', 'DEPENDS_ON', true),
    // A location holds what runs there; a node is assigned to the software deployed on it.
    rule('Aggregation', 'Site', 'System', 'HOSTED_AT', true),
    rule('Composition', 'Site', 'System', 'HOSTED_AT', true),
    rule('Assignment', 'Site', 'System', 'HOSTED_AT', true),
    rule('Assignment', 'System', 'System', 'DEPENDS_ON', true),
    // A whole needs its parts.
    rule('Aggregation', 'System', 'System', 'DEPENDS_ON'),
    rule('Composition', 'System', 'System', 'DEPENDS_ON'),
    rule('Aggregation', 'Project', 'Project', 'DEPENDS_ON'),
    rule('Composition', 'Project', 'Project', 'DEPENDS_ON'),
    // Not valid ArchiMate between a Driver and a Goal, but some tools write it.
    rule('Aggregation', 'Strategy', 'Theme', 'PART_OF', true),
    rule('Composition', 'Strategy', 'Theme', 'PART_OF', true),
    // Motivation elements relate by influence: between a strategy and a theme it means PART_OF.
    rule('Influence', 'Strategy', 'Theme', 'PART_OF', true),
    rule('Influence', 'Theme', 'Strategy', 'PART_OF'),
    rule('Influence', 'Strategy', 'Strategy', 'ALIGNS_WITH'),
    rule('Influence', 'Theme', 'Theme', 'ALIGNS_WITH'),
    // Association reads source → target as our from → to wherever the metamodel allows it.
    rule('Association', 'Theme', 'Strategy', 'PART_OF'),
    rule('Association', 'Strategy', 'Theme', 'PART_OF', true),
    rule('Association', 'Strategy', 'Strategy', 'ALIGNS_WITH'),
    rule('Association', 'Theme', 'Theme', 'ALIGNS_WITH'),
    rule('Association', 'Project', 'Theme', 'DELIVERS'),
    rule('Association', 'Theme', 'Project', 'DELIVERS', true),
    rule('Association', 'Project', 'System', 'DEPENDS_ON'),
    rule('Association', 'System', 'Project', 'DEPENDS_ON'),
    rule('Association', 'Project', 'Project', 'DEPENDS_ON'),
    rule('Association', 'System', 'System', 'DEPENDS_ON'),
    rule('Association', 'System', 'Site', 'HOSTED_AT'),
    rule('Association', 'Site', 'System', 'CONNECTED_VIA'),
    rule('Association', 'System', 'Contract', 'SUPPLIED_UNDER'),
    rule('Association', 'Contract', 'System', 'SUPPLIED_UNDER', true),
    rule('Association', 'Contract', 'Partner', 'WITH'),
    rule('Association', 'Partner', 'Contract', 'PARTY_TO'),
    rule('Association', 'Partner', 'System', 'USES'),
    rule('Association', 'System', 'Partner', 'USES', true),
    rule('Association', 'Project', 'Contract', 'ADDRESSES'),
    rule('Association', 'Contract', 'Project', 'ADDRESSES', true),
  ],
});

/** The rule for an ArchiMate relationship between elements of these kinds, if any. */
export function findRule(
  mapping: ArchimateMapping,
  archimate: string,
  source: NodeKind,
  target: NodeKind,
): ArchimateRelationshipRule | undefined {
  return mapping.relationships.find(
    (r) => r.archimate === archimate && r.source === source && r.target === target,
  );
}

const EXPORT_TYPE: Record<Exclude<NodeKind, 'System'>, ExportElementType> = {
  Strategy: 'Driver',
  Theme: 'Goal',
  Project: 'WorkPackage',
  Contract: 'Contract',
  Partner: 'BusinessActor',
  Site: 'Location',
};
const SYSTEM_EXPORT_TYPE: Record<string, ExportElementType> = {
  APPLICATION: 'ApplicationComponent',
  SERVICE: 'ApplicationService',
  INFRASTRUCTURE: 'Node',
  PLATFORM: 'SystemSoftware',
  NETWORK: 'CommunicationNetwork',
};

/** The element type a node is written as; a System without a category is an application. */
export function exportElementType(node: GraphNode): ExportElementType {
  if (node.kind !== 'System') return EXPORT_TYPE[node.kind];
  return SYSTEM_EXPORT_TYPE[node.category ?? 'APPLICATION'] ?? 'ApplicationComponent';
}
