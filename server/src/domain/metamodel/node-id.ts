// One canonical node id, `kind:slug` (e.g. `contract:kpsn-unisys`), parsed and formatted here only.
import { NODE_KINDS, type NodeKind } from './kinds.js';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const PREFIX_TO_KIND: ReadonlyMap<string, NodeKind> = new Map(
  NODE_KINDS.map((kind) => [kind.toLowerCase(), kind]),
);

export interface NodeRef {
  readonly kind: NodeKind;
  readonly slug: string;
}

export function formatNodeId(ref: NodeRef): string {
  return `${ref.kind.toLowerCase()}:${ref.slug}`;
}

/** Returns the parsed id, or a sentence saying what is wrong with it. */
export function parseNodeId(id: string): NodeRef | string {
  const colon = id.indexOf(':');
  if (colon < 0) return `"${id}" is not of the form kind:slug`;
  const kind = PREFIX_TO_KIND.get(id.slice(0, colon));
  if (!kind) {
    return `"${id}" starts with an unknown kind "${id.slice(0, colon)}" (expected one of ${[
      ...PREFIX_TO_KIND.keys(),
    ].join(', ')})`;
  }
  const slug = id.slice(colon + 1);
  if (!SLUG_PATTERN.test(slug) || slug.length > 120) {
    return `"${id}" has a slug that is not lower-case words joined by hyphens`;
  }
  return { kind, slug };
}

/** Turns a name into a slug: "Gun Wharf, Chatham" → "gun-wharf-chatham". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
}
