// Who may do what. Reads need the viewer role (or nothing, when reads are open); every mutation
// needs editor; importing (which can replace the whole graph) and backups need admin.
// One table, applied to the resolver maps once, so no resolver can forget its check.
import { ForbiddenError } from '../domain/errors.js';
import type { ApiContext } from './context.js';

export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  readonly name: string;
  /** null: no token was sent, and reads are open. */
  readonly role: Role | null;
}

/** Everyone, in development mode: an admin, and labelled so. */
export const DEVELOPMENT_PRINCIPAL: Principal = { name: 'development', role: 'admin' };

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

export const holds = (principal: Principal, role: Role): boolean =>
  principal.role !== null && RANK[principal.role] >= RANK[role];

/** Mutations that need more than editor. */
export const ADMIN_MUTATIONS = new Set(['importGraph', 'backup', 'changeMetamodel']);

export function requireRole(principal: Principal, needed: Role, what: string): void {
  if (needed === 'viewer' && principal.role === null) return; // open reads
  if (!holds(principal, needed)) {
    throw new ForbiddenError(
      `[api/permissions] ${what} needs the ${needed} role; ${
        principal.role ? `"${principal.name}" is a ${principal.role}` : 'no token was sent'
      }`,
    );
  }
}

type ResolverMap = Record<string, unknown>;
type Resolver = (parent: unknown, args: unknown, ctx: ApiContext, info: unknown) => unknown;

/** Wraps every Mutation resolver with its role check. */
export function withPermissions(maps: ResolverMap[]): ResolverMap[] {
  return maps.map((map) => {
    const mutations = map.Mutation as Record<string, unknown> | undefined;
    if (!mutations) return map;
    const guarded = Object.fromEntries(
      Object.entries(mutations).map(([field, resolve]) => {
        const role: Role = ADMIN_MUTATIONS.has(field) ? 'admin' : 'editor';
        const wrapped: Resolver = (parent, args, ctx, info) => {
          requireRole(ctx.principal, role, field);
          return (resolve as Resolver)(parent, args, ctx, info);
        };
        return [field, wrapped];
      }),
    );
    return { ...map, Mutation: guarded };
  });
}
