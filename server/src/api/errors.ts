// One mapping from the product's errors to GraphQL errors: the code goes to `extensions.code`,
// input issues to `extensions.issues`; anything unknown is INTERNAL_SERVER_ERROR, masked in production.
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { AppError, BadInputError } from '../domain/errors.js';

const HTTP_STATUS: Record<string, number> = { STORE_UNAVAILABLE: 503 };

export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      return {
        ...formatted,
        message: original.message,
        extensions: {
          code: original.code,
          ...(original instanceof BadInputError ? { issues: original.issues } : {}),
          ...(HTTP_STATUS[original.code] ? { http: { status: HTTP_STATUS[original.code] } } : {}),
        },
      };
    }
    const code = formatted.extensions?.code;
    if (code && code !== 'INTERNAL_SERVER_ERROR') return stripStack(formatted, production);
    return production
      ? { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }
      : stripStack(
          { ...formatted, extensions: { ...formatted.extensions, code: 'INTERNAL_SERVER_ERROR' } },
          production,
        );
  };
}

function stripStack(formatted: GraphQLFormattedError, production: boolean): GraphQLFormattedError {
  if (!production || !formatted.extensions) return formatted;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
