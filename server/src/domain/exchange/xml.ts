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

/** Deeper than any exchange file nests; deeper is refused before parsing (a stack exhaustion). */
export const MAX_XML_DEPTH = 100;

/** The five entities XML itself defines; character references (&#13;) are also accepted. */
const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

export function parseXml(text: string): XmlParse {
  const refused = refusal(text);
  if (refused) return refused;
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
    maxNestedTags: MAX_XML_DEPTH,
    isArray: (name) => LISTS.has(name),
  });
  let doc: XmlNode;
  try {
    doc = parser.parse(text) as XmlNode;
  } catch (error) {
    // The checks above leave nothing known to fail here; if it does, the reader's reason is told.
    return { ok: false, line: 1, column: 1, message: error instanceof Error ? error.message : String(error) };
  }
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

/**
 * What an exchange file never needs and an attacker does: a document type declaration (external
 * entities read local files; nested entities expand a kilobyte into gigabytes), entity
 * references XML does not define (left as text, they would become names such as "&lol9;"), and
 * nesting deep enough to exhaust the parser. Each refusal names its line and column.
 */
function refusal(text: string): Extract<XmlParse, { ok: false }> | undefined {
  const at = (index: number, message: string) => {
    const before = text.slice(0, index);
    const line = before.split('\n').length;
    return { ok: false as const, line, column: index - before.lastIndexOf('\n'), message };
  };
  // Comments and CDATA hold text, not markup; tags may hold ">" inside quoted attribute values.
  const markup =
    /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<!DOCTYPE|<(\/?)[A-Za-z_][^\s/>]*(?:"[^"]*"|'[^']*'|[^'">])*?(\/?)>|&#?[A-Za-z0-9_.-]*;/g;
  let depth = 0;
  for (let m = markup.exec(text); m; m = markup.exec(text)) {
    const token = m[0];
    if (token === '<!DOCTYPE')
      return at(
        m.index,
        'a document type declaration (<!DOCTYPE …>) is not accepted: an exchange file needs none, and its entities can read files or expand without bound',
      );
    if (token.startsWith('<!')) continue;
    // Entity references in text, or inside a tag's attribute values.
    for (const ref of token.matchAll(/&(#?[A-Za-z0-9_.-]*);/g)) {
      const name = ref[1] ?? '';
      if (!name.startsWith('#') && !XML_ENTITIES.has(name))
        return at(
          m.index + (ref.index ?? 0),
          `the entity reference &${name.slice(0, 40)}; is not defined: only &amp; &lt; &gt; &quot; &apos; and character references are accepted`,
        );
    }
    if (token.startsWith('&')) continue;
    if (m[1]) depth--;
    else if (!m[2]) depth++;
    if (depth > MAX_XML_DEPTH) return at(m.index, `elements are nested more than ${MAX_XML_DEPTH} deep`);
  }
  return undefined;
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
