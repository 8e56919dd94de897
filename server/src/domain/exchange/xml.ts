// Just enough XML for the exchange formats: a checked parse that keeps each element's line, and
// escaping for writing. fast-xml-parser gives plain objects; these helpers read them safely.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export type XmlNode = Record<string, unknown>;

/** Elements that may repeat, so they always parse as lists. */
const LISTS = new Set([
  'element',
  'relationship',
  'property',
  'propertyDefinition',
  'name',
  'documentation',
  'value',
]);

export type XmlParse =
  | {
      readonly ok: true;
      readonly root: XmlNode;
      readonly rootName: string;
      readonly lineOf: (n: XmlNode) => number | undefined;
    }
  | { readonly ok: false; readonly line: number; readonly column: number; readonly message: string };

export function parseXml(text: string): XmlParse {
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    return { ok: false, line: valid.err.line, column: valid.err.col, message: valid.err.msg };
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    // Namespace prefixes vary between tools (archimate:model, xsi:type); the local names do not.
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    alwaysCreateTextNode: true,
    // Decodes character references (&#xD; in Archi's documentation), not only the five XML entities.
    htmlEntities: true,
    captureMetaData: true,
    isArray: (name) => LISTS.has(name),
  });
  const doc = parser.parse(text) as XmlNode;
  const rootName = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#')) ?? '';
  const root = child(doc, rootName) ?? {};
  const meta = XMLParser.getMetaDataSymbol() as unknown as symbol;
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (node: XmlNode): number | undefined => {
    const start = (node as Record<symbol, { startIndex?: number } | undefined>)[meta]?.startIndex;
    if (start === undefined) return undefined;
    let [lo, hi] = [0, lineStarts.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= start) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  return { ok: true, root, rootName, lineOf };
}

const isNode = (value: unknown): value is XmlNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function child(node: XmlNode, name: string): XmlNode | undefined {
  const value = node[name];
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return isNode(first) ? first : undefined;
}

export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node?.[name];
  return (Array.isArray(value) ? value : [value]).filter(isNode);
}

export function attribute(node: XmlNode, name: string): string | undefined {
  const value = node[`@_${name}`];
  return typeof value === 'string' ? value : undefined;
}

/** Text of an element, '' when empty. */
export function text(node: XmlNode): string {
  const value = node['#text'];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** Texts of the repeated child elements `name` (several languages of one name, say). */
export function texts(node: XmlNode, name: string): string[] {
  const value = node[name];
  // An empty element parses as '' rather than as an object.
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((v) =>
    isNode(v) ? text(v) : typeof v === 'string' ? v : '',
  );
}

// XML 1.0 cannot hold these at all, not even as character references.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for an element or an attribute; \r is kept as a reference so it survives parsing. */
export function escapeXml(value: string): string {
  return value
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;');
}
