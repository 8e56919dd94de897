// The ArchiMate Open Exchange Format read and written through a metamodel whose kinds are
// ArchiMate's element types and whose relationship types name the ArchiMate type they carry
// (`archimate:` in the file, as metamodels/archimate.yaml does): nothing to map, so nothing is
// left out. Every element, relationship, property and documentation string comes back on export.
import { relationshipIdSchema, slugify, type Metamodel } from '../metamodel/index.js';
import { exchangeFileWriter } from './archimate-write.js';
import type { GraphContent, ImportProblem, UnmappedItem } from './types.js';
import { writeAll, type GraphWriter } from './writer.js';
import { attribute, child, children, escapeXml, parseXml, texts, type XmlNode } from './xml.js';

export interface NameValue {
  readonly name: string;
  readonly value: string;
}
type Item = Record<string, unknown>;

export interface ProfileImport {
  readonly nodes: Item[];
  readonly relationships: Item[];
  readonly problems: ImportProblem[];
  /** What the file has outside elements and relationships (views, folders, the model's own properties). */
  readonly unmapped: UnmappedItem[];
}

// ArchiMate's accessType values and ours (GraphQL enums are UPPER_SNAKE_CASE).
const ACCESS_TYPES: Record<string, string> = {
  Access: 'ACCESS',
  Read: 'READ',
  Write: 'WRITE',
  ReadWrite: 'READ_WRITE',
};
const ACCESS_NAMES = Object.fromEntries(Object.entries(ACCESS_TYPES).map(([a, b]) => [b, a]));

const isRelationshipId = (text: string) => relationshipIdSchema.safeParse(text).success;

export function readArchimateProfile(xml: string, metamodel: Metamodel): ProfileImport {
  const out: ProfileImport = { nodes: [], relationships: [], problems: [], unmapped: [] };
  const parsed = parseXml(xml);
  if (!parsed.ok) {
    out.problems.push({
      where: `line ${parsed.line}, column ${parsed.column}`,
      message: `malformed XML: ${parsed.message}`,
    });
    return out;
  }
  if (parsed.rootName !== 'model') {
    out.problems.push({ where: 'line 1', message: `the root element is <${parsed.rootName}>, not <model>` });
    return out;
  }
  const { root, lineOf } = parsed;
  const where = (node: XmlNode, what: string, id: string) => {
    const line = lineOf(node);
    return `${line ? `line ${line}, ` : ''}${what} ${id}`;
  };
  const definitions = new Map<string, string>();
  for (const def of children(child(root, 'propertyDefinitions'), 'propertyDefinition')) {
    const id = attribute(def, 'identifier');
    const [name] = texts(def, 'name');
    if (id && name !== undefined) definitions.set(id, name);
  }
  const properties = (node: XmlNode, at: string): NameValue[] =>
    children(child(node, 'properties'), 'property').flatMap((p) => {
      const ref = attribute(p, 'propertyDefinitionRef') ?? attribute(p, 'identifierref') ?? '';
      const name = definitions.get(ref);
      if (name === undefined) {
        out.problems.push({
          where: at,
          message: `a property refers to "${ref}", which no propertyDefinition defines`,
        });
        return [];
      }
      const [value = ''] = texts(p, 'value');
      return [{ name, value }];
    });
  const single = (node: XmlNode, tag: string, at: string): string | undefined => {
    const all = texts(node, tag);
    if (all.length > 1)
      out.problems.push({
        where: at,
        message: `holds ${all.length} <${tag}>s (languages); one is kept, so it is refused`,
      });
    return all[0];
  };

  // Elements: the kind is the element type; the node id comes from the identifier.
  const taken = new Set<string>();
  const idOf = new Map<string, string>();
  // The element type names the kind, unless the metamodel says another name is exchanged as it.
  const kindOf = new Map(metamodel.kinds.map((k) => [metamodel.archimateTypes[k] ?? k, k]));
  for (const el of children(child(root, 'elements'), 'element')) {
    const identifier = attribute(el, 'identifier') ?? '';
    const type = attribute(el, 'type') ?? '';
    const at = where(el, 'element', identifier);
    const kind = kindOf.get(type);
    if (kind === undefined) {
      out.unmapped.push({ where: at, type, reason: `the ${metamodel.name} metamodel has no kind ${type}` });
      continue;
    }
    const id = uniqueId(kind, identifier, taken);
    idOf.set(identifier, id);
    const name = single(el, 'name', at);
    const documentation = single(el, 'documentation', at);
    const props = properties(el, at);
    out.nodes.push({
      id,
      kind,
      name: name?.trim() ? name : identifier,
      ...(name?.trim() ? {} : { nameless: true }),
      identifier,
      aliases: [],
      provenance: [],
      ...(documentation?.trim() ? { description: documentation } : {}),
      ...(props.length ? { properties: props } : {}),
    });
  }

  // Relationships: an end that is another relationship is held at that relationship's source
  // element (following a chain of them), and the field names the relationship.
  const relationshipNodes = children(child(root, 'relationships'), 'relationship');
  const byIdentifier = new Map(relationshipNodes.map((r) => [attribute(r, 'identifier') ?? '', r]));
  const elementAt = (ref: string, seen = new Set<string>()): string | undefined => {
    const id = idOf.get(ref);
    if (id !== undefined) return id;
    const rel = byIdentifier.get(ref);
    if (!rel || seen.has(ref)) return undefined;
    seen.add(ref);
    return elementAt(attribute(rel, 'source') ?? '', seen);
  };
  const typeFor = new Map(
    metamodel.relationshipTypes.flatMap((t) => {
      const archimate = metamodel.rules[t]!.archimate;
      return archimate ? [[archimate, t] as const] : [];
    }),
  );
  for (const rel of relationshipNodes) {
    const identifier = attribute(rel, 'identifier') ?? '';
    const archimate = attribute(rel, 'type') ?? '';
    const at = where(rel, 'relationship', identifier);
    const type = typeFor.get(archimate);
    if (!type) {
      out.unmapped.push({
        where: at,
        type: archimate,
        reason: `the ${metamodel.name} metamodel has no relationship type for ${archimate}`,
      });
      continue;
    }
    // The identifier names the relationship in the store too, where it can be an id: parallel
    // relationships (same ends and type) are then kept apart, and a re-import finds each again.
    const item: Item = {
      ...(isRelationshipId(identifier) ? { id: identifier } : {}),
      type,
      identifier,
      provenance: [],
    };
    for (const end of ['source', 'target'] as const) {
      const ref = attribute(rel, end) ?? '';
      const id = elementAt(ref);
      if (id === undefined) {
        out.problems.push({
          where: at,
          message: `${end} "${ref}" is not an element or relationship the file holds`,
        });
        continue;
      }
      item[end === 'source' ? 'from' : 'to'] = id;
      if (!idOf.has(ref)) item[`${end}Relationship`] = ref;
    }
    const name = single(rel, 'name', at);
    const documentation = single(rel, 'documentation', at);
    if (name?.trim()) item.name = name;
    if (documentation?.trim()) item.documentation = documentation;
    const accessType = attribute(rel, 'accessType');
    if (accessType !== undefined) {
      if (ACCESS_TYPES[accessType]) item.accessType = ACCESS_TYPES[accessType];
      else
        out.problems.push({
          where: at,
          message: `accessType "${accessType}" is not Access, Read, Write or ReadWrite`,
        });
    }
    const isDirected = attribute(rel, 'isDirected');
    if (isDirected !== undefined) item.isDirected = isDirected === 'true';
    const modifier = attribute(rel, 'modifier');
    if (modifier !== undefined) item.modifier = modifier;
    const props = properties(rel, at);
    if (props.length) item.properties = props;
    out.relationships.push(item);
  }

  const views = children(child(child(root, 'views') ?? {}, 'diagrams'), 'view').length;
  if (views)
    out.unmapped.push({
      where: 'views',
      type: 'view',
      reason: `${views} diagrams are not kept: the explorer draws its own`,
    });
  if (child(root, 'organizations'))
    out.unmapped.push({ where: 'organizations', type: 'organization', reason: 'folders are not kept' });
  const [about] = texts(root, 'documentation');
  if (about?.trim())
    out.unmapped.push({
      where: 'model',
      type: 'documentation',
      reason: "the model's own documentation is not kept",
    });
  const modelProperties = properties(root, 'model');
  for (const p of modelProperties)
    out.unmapped.push({
      where: 'model',
      type: 'property',
      name: p.name,
      reason: `the model's own properties are not kept; its value "${p.value}" is not imported`,
    });
  return out;
}

/** `businessactor:id-1544`, from the identifier, unique; a clash takes -2, -3… */
function uniqueId(kind: string, identifier: string, taken: Set<string>): string {
  const base = (slugify(identifier) || 'unnamed').slice(0, 110);
  for (let n = 1; ; n++) {
    const id = `${kind.toLowerCase()}:${base}${n === 1 ? '' : `-${n}`}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

/** Writes nodes and relationships of an ArchiMate-profile graph back as an Open Exchange file. */
export function writeArchimateProfile(
  content: { nodes: readonly Item[]; relationships: readonly Item[] },
  metamodel: Metamodel,
  modelName = 'Architecture explorer export',
): string {
  return writeAll(archimateProfileWriter(metamodel, modelName), content as unknown as GraphContent);
}

/**
 * The same file record by record, for a streamed download: elements as the nodes pass (their
 * identifiers are kept for the relationships' ends, which come after every node), relationships,
 * then the definitions of the properties used, numbered in the order they were first met.
 */
export function archimateProfileWriter(
  metamodel: Metamodel,
  modelName = 'Architecture explorer export',
): GraphWriter {
  const names: string[] = [];
  const refOf = new Map<string, string>();
  const ref = (name: string) => {
    let id = refOf.get(name);
    if (!id) {
      id = `propid-${names.push(name)}`;
      refOf.set(name, id);
    }
    return id;
  };
  const identifierOf = new Map<string, string>();
  let relationshipCount = 0;
  const props = (list: unknown) =>
    Array.isArray(list) && list.length
      ? [
          '      <properties>',
          ...(list as NameValue[]).map(
            (p) =>
              `        <property propertyDefinitionRef="${ref(p.name)}">\n          <value xml:lang="en">${escapeXml(p.value)}</value>\n        </property>`,
          ),
          '      </properties>',
        ]
      : [];
  const textEl = (tag: string, value: unknown) =>
    typeof value === 'string' && value !== ''
      ? [`      <${tag} xml:lang="en">${escapeXml(value)}</${tag}>`]
      : [];
  const element = (n: Item) =>
    [
      `    <element identifier="${escapeXml(identifierFor(n))}" xsi:type="${escapeXml(metamodel.archimateTypes[n.kind as string] ?? (n.kind as string))}">`,
      ...(n.nameless ? [] : textEl('name', n.name)),
      ...textEl('documentation', n.description),
      ...props(n.properties),
      '    </element>',
    ].join('\n');
  const relationship = (r: Item, i: number) => {
    const archimate = metamodel.rules[r.type as string]?.archimate ?? 'Association';
    const end = (which: 'source' | 'target', id: unknown) =>
      (r[`${which}Relationship`] as string | undefined) ?? identifierOf.get(id as string) ?? (id as string);
    const attrs = [
      `identifier="${escapeXml((r.identifier as string | undefined) ?? `rel-${i + 1}`)}"`,
      `source="${escapeXml(end('source', r.from))}"`,
      `target="${escapeXml(end('target', r.to))}"`,
      `xsi:type="${archimate}"`,
      ...(typeof r.accessType === 'string' ? [`accessType="${ACCESS_NAMES[r.accessType]}"`] : []),
      ...(typeof r.isDirected === 'boolean' ? [`isDirected="${r.isDirected}"`] : []),
      ...(typeof r.modifier === 'string' ? [`modifier="${escapeXml(r.modifier)}"`] : []),
    ];
    return [
      `    <relationship ${attrs.join(' ')}>`,
      ...textEl('name', r.name),
      ...textEl('documentation', r.documentation ?? r.note),
      ...props(r.properties),
      '    </relationship>',
    ].join('\n');
  };
  return exchangeFileWriter(modelName, {
    element: (node) => {
      const n = node as unknown as Item;
      identifierOf.set(n.id as string, identifierFor(n));
      return element(n);
    },
    relationship: (r) => relationship(r as unknown as Item, relationshipCount++),
    // Only the properties used, known once every record has passed.
    propertyDefinitions: () =>
      names.map(
        (name, i) =>
          `    <propertyDefinition identifier="propid-${i + 1}" type="string">\n      <name xml:lang="en">${escapeXml(name)}</name>\n    </propertyDefinition>`,
      ),
  });
}

/** The identifier an element was read with, else one made from its node id (an XML NCName). */
function identifierFor(node: Item): string {
  if (typeof node.identifier === 'string') return node.identifier;
  return `id-${String(node.id).replace(':', '.')}`;
}
