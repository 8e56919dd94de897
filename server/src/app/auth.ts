// Who is asking: the bearer token of a request, checked against the configured tokens' hashes.
// In development mode everyone is an admin, and every response says so.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { DEVELOPMENT_PRINCIPAL, type Principal } from '../api/permissions.js';
import { UnauthenticatedError } from '../domain/errors.js';
import type { AuthConfig } from './config.js';

export function principalFor(auth: AuthConfig, headers: IncomingHttpHeaders): Principal {
  if (auth.mode === 'development') return DEVELOPMENT_PRINCIPAL;
  const header = headers.authorization;
  if (!header) {
    if (auth.readAccess === 'open') return { name: 'anonymous', role: null };
    throw new UnauthenticatedError(
      '[app/auth] a bearer token is required: send Authorization: Bearer <token>',
    );
  }
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new UnauthenticatedError('[app/auth] the Authorization header must be "Bearer <token>"');
  const digest = createHash('sha256').update(match[1]!).digest();
  for (const entry of auth.tokens) {
    if (timingSafeEqual(digest, Buffer.from(entry.sha256, 'hex')))
      return { name: entry.name, role: entry.role };
  }
  throw new UnauthenticatedError('[app/auth] the bearer token is not one this server knows');
}
