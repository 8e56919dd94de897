// ArchiMate 3.x Open Exchange Format (The Open Group's XML, as Archi imports and exports it), read
// into a batch through a mapping. What the mapping cannot place is reported in `unmapped`.
import { RELATIONSHIP_ID_PATTERN, parseNodeId, type NodeKind } from '../metamodel/index.js';
import { DEFAULT_ARCHIMATE_MAPPING, findRule, type ArchimateMapping } from './archimate-mapping.js';
import type { ImportProblem, ParsedImport, UnmappedItem } from './types.js';
import {
  fieldOf,
  idAllocator,
  looseName,
  parseAliases,
  parseCount,
  parseFlag,
  parseFieldValue,
  parseJsonList,
  relationshipTypeNamed,
  type Parsed,
} from './values.js';
import { attribute, child, children, parseXml, texts, type XmlNode } from './xml.js';

export { writeArchimate } from './archimate-write.js';

type Batch = ParsedImport['batch'];
type NodeItem = Batch['nodes'][number];
type RelationshipItem = Batch['relationships'][number];

interface Element {
  readonly identifier: string;
  readonly type: string;
  readonly name: string;
  readonly kind?: NodeKind;
  /** The node being built; its id is filled in once every element has been read. */
  readonly node?: Record<string, unknown>;
}

interface Reading {
  readonly lineOf: (node: XmlNode) => number | undefined;
  readonly definitions: ReadonlyMap<string, string>;
  readonly problems: ImportProblem[];
  readonly unmapped: UnmappedItem[];
}

interface Property {
  readonly name: string;
  readonly value: string;
}

export function readArchimate(
  xml: string,
  mapping: ArchimateMapping = DEFAULT_ARCHIMATE_MAPPING,
): ParsedImport {
  const empty = (problem: ImportProblem): ParsedImport => ({
    batch: { nodes: [], relationships: [] },
    nodeOrigins: [],
    relationshipOrigins: [],
    problems: [problem],
    unmapped: [],
  });
  const parsed = parseXml(xml);
  if (!parsed.ok) {
    return empty({
      where: `line ${parsed.line}, column ${parsed.column}`,
      message: `malformed XML: ${parsed.message}`,
    });
  }
  if (parsed.rootName !== 'model') {
    return empty({
      where: 'line 1',
      message: `not an ArchiMate Open Exchange file: the root element is <${parsed.rootName}>, not <model>`,
    });
  }
  const { root, lineOf } = parsed;
  const definitions = new Map<string, string>();
  for (const def of children(child(root, 'propertyDefinitions'), 'propertyDefinition')) {
    const [name] = texts(def, 'name');
    const id = attribute(def, 'identifier');
    if (id && name) definitions.set(id, name.trim());
  }
  const reading: Reading = { lineOf, definitions, problems: [], unmapped: [] };

  const elementNodes = children(child(root, 'elements'), 'element');
  const elements = elementNodes.map((el) => readElement(el, mapping, reading));
  // Ids the file gives are reserved first, so a derived id never takes one of them.
  const ids = idAllocator();
  for (const { node } of elements) if (typeof node?.id === 'string') ids.reserve(node.id);
  for (const { node, kind, name, identifier } of elements) {
    if (node && kind && node.id === undefined) node.id = ids.derive(kind, name, identifier);
  }
  const byIdentifier = new Map(elements.map((e) => [e.identifier, e]));
  const relationshipNodes = children(child(root, 'relationships'), 'relationship');
  const relationshipIds = new Set(relationshipNodes.map((r) => attribute(r, 'identifier')));

  const nodes: NodeItem[] = [];
  const nodeOrigins: string[] = [];
  elements.forEach((e, i) => {
    if (!e.node) return;
    nodes.push(e.node as NodeItem);
    nodeOrigins.push(placeOf(reading, elementNodes[i] ?? {}, 'element', e.identifier));
  });
  const relationships: RelationshipItem[] = [];
  const relationshipOrigins: string[] = [];
  for (const rel of relationshipNodes) {
    const read = readRelationship(rel, mapping, reading, byIdentifier, relationshipIds);
    if (!read) continue;
    relationships.push(read.item);
    relationshipOrigins.push(read.where);
  }
  return {
    batch: { nodes, relationships },
    nodeOrigins,
    relationshipOrigins,
    problems: reading.problems,
    unmapped: reading.unmapped,
  };
}

function readElement(el: XmlNode, mapping: ArchimateMapping, reading: Reading): Element {
  const identifier = attribute(el, 'identifier') ?? '';
  const type = attribute(el, 'type') ?? '';
  const where = placeOf(reading, el, 'element', identifier);
  const name = firstText(el, 'name', where, reading);
  const rule = mapping.elements[type];
  if (!rule) {
    const reason = `the mapping has no kind for ArchiMate ${type || 'elements without a type'}`;
    reading.unmapped.push({ where, type, ...(name ? { name } : {}), reason });
    return { identifier, type, name };
  }
  const { kind } = rule;
  const properties = readProperties(el, where, reading);
  // The explorer writes every field it has, so for its own elements an absent field stays absent.
  const fromExplorer = properties.some((p) => looseName(p.name) === 'explorerid');
  const node: Record<string, unknown> = {
    kind,
    name,
    aliases: [],
    provenance: [],
    ...(fromExplorer ? {} : rule.fields),
  };
  const documentation = firstText(el, 'documentation', where, reading);
  if (documentation) node.description = documentation;
  for (const { name: property, value } of properties) {
    const at = `${where}, property ${property}`;
    const loose = looseName(property);
    if (loose === 'explorerid') node.id = value.trim();
    // A plain "id" is often another register's key (APP-0042): only a kind:slug id is ours.
    else if (loose === 'id') {
      if (typeof parseNodeId(value.trim()) !== 'string') node.id = value.trim();
      else reading.unmapped.push(unmappedProperty(where, property, value, 'it is not a kind:slug id'));
    } else if (loose === 'aliases') node.aliases = take(parseAliases(value), at, reading) ?? [];
    else if (loose === 'provenance') node.provenance = take(parseJsonList(value), at, reading) ?? [];
    else {
      const field = fieldOf(kind, property);
      if (field) node[field[0]] = take(parseFieldValue(field[1], value), at, reading);
      else
        reading.unmapped.push(
          unmappedProperty(where, property, value, `a ${kind} has no field "${property}"`),
        );
    }
  }
  for (const key of Object.keys(node)) if (node[key] === undefined) delete node[key];
  return { identifier, type, name, kind, node };
}

function readRelationship(
  rel: XmlNode,
  mapping: ArchimateMapping,
  reading: Reading,
  elements: ReadonlyMap<string, Element>,
  relationshipIds: ReadonlySet<string | undefined>,
): { item: RelationshipItem; where: string } | undefined {
  const identifier = attribute(rel, 'identifier') ?? '';
  const type = attribute(rel, 'type') ?? '';
  const where = placeOf(reading, rel, 'relationship', identifier);
  const name = firstText(rel, 'name', where, reading);
  const properties = readProperties(rel, where, reading);
  const skip = (reason: string) =>
    void reading.unmapped.push({ where, type, ...(name ? { name } : {}), reason });

  const ends: Element[] = [];
  for (const end of ['source', 'target'] as const) {
    const ref = attribute(rel, end) ?? '';
    const element = elements.get(ref);
    if (element?.node) ends.push(element);
    else if (element) return skip(`its ${end} "${element.name}" (${element.type}) is not mapped`);
    else if (relationshipIds.has(ref))
      return skip(`its ${end} is a relationship, which the explorer cannot hold`);
    else
      return void reading.problems.push({ where, message: `${end} "${ref}" is not an element of this file` });
  }
  const [source, target] = ends as [Element, Element];

  const byName = new Map(properties.map((p) => [looseName(p.name), p]));
  const explicit = byName.get('explorertype')?.value;
  let ourType: RelationshipItem['type'] | undefined;
  let reversed = false;
  if (explicit !== undefined) {
    // Our own exporter says which type and which way, whatever ArchiMate type carried it.
    ourType = relationshipTypeNamed(explicit);
    if (!ourType)
      reading.problems.push({ where, message: `explorerType "${explicit}" is not a relationship type` });
    reversed = byName.get('explorerreversed')?.value.trim() === 'true';
  } else {
    const rule = findRule(mapping, type, source.kind!, target.kind!);
    if (!rule) return skip(`the mapping has no rule for ${type} from a ${source.kind} to a ${target.kind}`);
    ourType = rule.type;
    reversed = rule.reversed;
  }
  const [from, to] = reversed ? [target, source] : [source, target];
  // The relationship's id: our exporter's explorerId, else the file's identifier when it can be
  // one (ArchiMate tools make ids such as "id-4f1c…"); otherwise the import gives it one.
  const explorerId = byName.get('explorerid')?.value.trim();
  const id = explorerId || (RELATIONSHIP_ID_PATTERN.test(identifier) ? identifier : undefined);
  const item: Record<string, unknown> = {
    ...(id ? { id } : {}),
    from: from.node?.id,
    type: ourType ?? explicit,
    to: to.node?.id,
    provenance: [],
  };

  const documentation = firstText(rel, 'documentation', where, reading);
  let group: string | undefined;
  let k: number | undefined;
  for (const { name: property, value } of properties) {
    const at = `${where}, property ${property}`;
    const loose = looseName(property);
    if (loose === 'explorertype' || loose === 'explorerreversed' || loose === 'explorerid') continue;
    if (loose === 'redundancygroup') group = value;
    else if (loose === 'redundancyk') k = take(parseCount(value), at, reading);
    else if (loose === 'note') item.note = value;
    else if (loose === 'start' || loose === 'end') item[loose] = value.trim();
    else if (loose === 'planned') item.planned = take(parseFlag(value), at, reading);
    else if (loose === 'provenance') item.provenance = take(parseJsonList(value), at, reading) ?? [];
    // A fallback may name an element of the file or a node id.
    else if (loose === 'fallback')
      item.fallback = (elements.get(value.trim())?.node?.id as string) ?? value.trim();
    else reading.unmapped.push(unmappedProperty(where, property, value, 'relationships have no such field'));
  }
  if ((group === undefined) !== (byName.get('redundancyk') === undefined)) {
    reading.problems.push({
      where,
      message: 'redundancyGroup and redundancyK go together: give both or neither',
    });
  } else if (group !== undefined && k !== undefined) item.redundancy = { group, k };
  // Free text on a relationship is its note: the note property, else documentation, else its name.
  const [note] = [item.note, documentation, name].filter(
    (t): t is string => typeof t === 'string' && t !== '',
  );
  if (note !== undefined) item.note = note;
  if (name && note !== name) skip('its name is not imported: the relationship already has a note');
  return { item: item as RelationshipItem, where };
}

/** Property values by their definitions' names; a reference to no definition is a problem. */
function readProperties(node: XmlNode, where: string, reading: Reading): Property[] {
  const out: Property[] = [];
  for (const property of children(child(node, 'properties'), 'property')) {
    // ArchiMate 3 names the reference propertyDefinitionRef; the 2.x format said identifierref.
    const ref = attribute(property, 'propertyDefinitionRef') ?? attribute(property, 'identifierref') ?? '';
    const name = reading.definitions.get(ref);
    if (!name) {
      reading.problems.push({
        where,
        message: `a property refers to "${ref}", which no propertyDefinition defines`,
      });
      continue;
    }
    const [value = ''] = texts(property, 'value');
    if (value.trim() !== '') out.push({ name, value });
  }
  return out;
}

/** The first of a repeated text (one per language); the others are reported, not dropped. */
function firstText(node: XmlNode, name: string, where: string, reading: Reading): string {
  const [first = '', ...others] = texts(node, name).map((t) => t.trim());
  for (const other of others) {
    if (other)
      reading.unmapped.push({ where, type: name, name: other, reason: `only the first ${name} is imported` });
  }
  return first;
}

function take<T>(parsed: Parsed<T>, where: string, reading: Reading): T | undefined {
  if (parsed.ok) return parsed.value;
  reading.problems.push({ where, message: parsed.message });
  return undefined;
}

const unmappedProperty = (where: string, property: string, value: string, why: string): UnmappedItem => ({
  where,
  type: 'property',
  name: property,
  reason: `${why}; its value "${value}" is not imported`,
});

function placeOf(reading: Reading, node: XmlNode, what: string, identifier: string): string {
  const line = reading.lineOf(node);
  return `${line ? `line ${line}, ` : ''}${what} ${identifier}`;
}
