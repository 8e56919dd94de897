// Writes the graph as an ArchiMate 3.1 Open Exchange file that Archi opens: one element per node,
// one relationship per relationship, of a type ArchiMate allows between the two element types.
// Properties carry what ArchiMate has no place for, so readArchimate gives the graph back exactly.
import { ALL_KIND_FIELDS, kindOfId, type GraphNode, type GraphRelationship } from '../metamodel/index.js';
import { DEFAULT_ARCHIMATE_MAPPING, exportElementType } from './archimate-mapping.js';
import { isAllowed, type ExportElementType } from './archimate-validity.js';
import type { GraphContent } from './types.js';
import { formatAliases, formatFieldValue, formatProvenance } from './values.js';
import { escapeXml } from './xml.js';
import { writeAll, type GraphWriter } from './writer.js';

const NAMESPACE = 'http://www.opengroup.org/xsd/archimate/3.0/';
const SCHEMA = 'http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd';
const LANG = 'xml:lang="en"';

/** Every property the exporter may write, in the order their definitions are listed. */
const PROPERTIES: readonly [name: string, type: 'string' | 'number' | 'boolean'][] = [
  ['explorerId', 'string'],
  ['aliases', 'string'],
  ['provenance', 'string'],
  ...[...ALL_KIND_FIELDS].map(([name, spec]): [string, 'string' | 'number' | 'boolean'] => [
    name,
    spec.store === 'STRING' ? 'string' : spec.store === 'BOOLEAN' ? 'boolean' : 'number',
  ]),
  ['explorerType', 'string'],
  ['explorerReversed', 'boolean'],
  ['redundancyGroup', 'string'],
  ['redundancyK', 'number'],
  ['fallback', 'string'],
];

/**
 * An XML ID (an NCName: no ':', not starting with a digit) from a node id: `system:kpsn` becomes
 * `id-system.kpsn`. Slugs hold no '.', so the ':' is still recognisable.
 */
export function xmlId(id: string): string {
  return `id-${id.replace(/[^A-Za-z0-9-]/g, (c) => (c === ':' ? '.' : `_${c.charCodeAt(0).toString(16)}_`))}`;
}

/** The relationship's id when it is already an XML identifier (as ArchiMate tools make them),
 *  else `xmlId` of it; the id itself then travels in the explorerId property. */
export const relationshipXmlId = (r: GraphRelationship): string =>
  /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(r.id) ? r.id : xmlId(r.id);

export function writeArchimate(content: GraphContent, modelName = 'Architecture explorer export'): string {
  return writeAll(archimateWriter(modelName), content);
}

/** What an Open Exchange writer writes of its own: each record, and the definitions of the
 *  properties its records used (known once every record has passed). */
export interface ExchangeRecords {
  element(node: GraphNode): string;
  relationship(relationship: GraphRelationship): string;
  propertyDefinitions(): string[];
}

/**
 * The exchange file's frame around a writer's records, shared by the council mapping and the
 * ArchiMate profile: the model's head, elements then relationships, each container opened as its
 * first record passes and left out when empty (the schema wants at least one child in each), the
 * property definitions last.
 */
export function exchangeFileWriter(modelName: string, records: ExchangeRecords): GraphWriter {
  let open: 'elements' | 'relationships' | null = null;
  let closed = false;
  const enter = (tag: 'elements' | 'relationships') => {
    if (open === tag) return '';
    const text = `${open ? `\n  </${open}>` : ''}\n  <${tag}>`;
    open = tag;
    return text;
  };
  return {
    wantsRelationships: true,
    start: () =>
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<model xmlns="${NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
          ` xsi:schemaLocation="${NAMESPACE} ${SCHEMA}" identifier="id-architecture-explorer">`,
        `  <name ${LANG}>${escapeXml(modelName)}</name>`,
      ].join('\n'),
    node: (node) => `${enter('elements')}\n${records.element(node)}`,
    relationship: (r) => `${enter('relationships')}\n${records.relationship(r)}`,
    end: () => {
      if (closed) return '';
      closed = true;
      const definitions = records.propertyDefinitions();
      const section = definitions.length
        ? `\n  <propertyDefinitions>\n${definitions.join('\n')}\n  </propertyDefinitions>`
        : '';
      return `${open ? `\n  </${open}>` : ''}${section}\n</model>\n`;
    },
  };
}

/**
 * The exchange file record by record. Relationships need their ends' kinds, so the nodes are kept
 * as they pass; the property definitions, which list only the properties used, come last.
 */
export function archimateWriter(modelName = 'Architecture explorer export'): GraphWriter {
  const used = new Set<string>();
  const nodes = new Map<string, GraphNode>();
  return exchangeFileWriter(modelName, {
    element: (node) => {
      nodes.set(node.id, node);
      return writeElement(node, used);
    },
    relationship: (r) => writeRelationship(r, nodes, used),
    propertyDefinitions: () =>
      PROPERTIES.filter(([name]) => used.has(name)).map(
        ([name, type]) =>
          `    <propertyDefinition identifier="propid-${name}" type="${type}">\n` +
          `      <name ${LANG}>${name}</name>\n    </propertyDefinition>`,
      ),
  });
}

function writeElement(node: GraphNode, used: Set<string>): string {
  const values = node as unknown as Record<string, unknown>;
  const properties: [string, string][] = [
    ['explorerId', node.id],
    ['aliases', formatAliases(node.aliases)],
    ['provenance', formatProvenance(node.provenance)],
    ...[...ALL_KIND_FIELDS.keys()].map((f): [string, string] => [f, formatFieldValue(values[f])]),
  ];
  return [
    `    <element identifier="${xmlId(node.id)}" xsi:type="${exportElementType(node)}">`,
    `      <name ${LANG}>${escapeXml(node.name)}</name>`,
    ...documentation(node.description),
    ...propertiesXml(properties, used),
    '    </element>',
  ].join('\n');
}

function writeRelationship(
  r: GraphRelationship,
  nodes: ReadonlyMap<string, GraphNode>,
  used: Set<string>,
): string {
  const { archimate, reversed } = carrier(r, nodes);
  const [source, target] = reversed ? [r.to, r.from] : [r.from, r.to];
  const properties: [string, string][] = [
    ['explorerId', relationshipXmlId(r) === r.id ? '' : r.id],
    ['explorerType', r.type],
    ['explorerReversed', reversed ? 'true' : ''],
    ['redundancyGroup', r.redundancy?.group ?? ''],
    ['redundancyK', formatFieldValue(r.redundancy?.k)],
    ['fallback', r.fallback ?? ''],
    ['provenance', formatProvenance(r.provenance)],
    ['start', r.start ?? ''],
    ['end', r.end ?? ''],
    ['planned', formatFieldValue(r.planned)],
  ];
  return [
    `    <relationship identifier="${relationshipXmlId(r)}" source="${xmlId(source)}"` +
      ` target="${xmlId(target)}" xsi:type="${archimate}">`,
    ...documentation(r.note),
    ...propertiesXml(properties, used),
    '    </relationship>',
  ].join('\n');
}

/**
 * The ArchiMate relationship that carries ours: the first mapping rule that reads back as this type
 * between these kinds and that ArchiMate allows between the two element types; else Association,
 * which ArchiMate allows between any two elements.
 */
function carrier(
  r: GraphRelationship,
  nodes: ReadonlyMap<string, GraphNode>,
): { archimate: string; reversed: boolean } {
  const from = nodes.get(r.from);
  const to = nodes.get(r.to);
  const [fromKind, toKind] = [from?.kind ?? kindOfId(r.from), to?.kind ?? kindOfId(r.to)];
  if (from && to) {
    const types: [ExportElementType, ExportElementType] = [exportElementType(from), exportElementType(to)];
    for (const rule of DEFAULT_ARCHIMATE_MAPPING.relationships) {
      if (rule.type !== r.type) continue;
      const [source, target] = rule.reversed ? [toKind, fromKind] : [fromKind, toKind];
      const [sourceType, targetType] = rule.reversed ? [types[1], types[0]] : types;
      if (
        rule.source === source &&
        rule.target === target &&
        isAllowed(rule.archimate, sourceType, targetType)
      ) {
        return { archimate: rule.archimate, reversed: rule.reversed };
      }
    }
  }
  return { archimate: 'Association', reversed: false };
}

function documentation(text: string | undefined): string[] {
  return text ? [`      <documentation ${LANG}>${escapeXml(text)}</documentation>`] : [];
}

function propertiesXml(properties: [string, string][], used: Set<string>): string[] {
  const present = properties.filter(([, value]) => value !== '');
  if (!present.length) return [];
  for (const [name] of present) used.add(name);
  return [
    '      <properties>',
    ...present.map(
      ([name, value]) =>
        `        <property propertyDefinitionRef="propid-${name}">\n` +
        `          <value ${LANG}>${escapeXml(value)}</value>\n        </property>`,
    ),
    '      </properties>',
  ];
}
