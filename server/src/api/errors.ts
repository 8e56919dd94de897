// One mapping from the product's errors to GraphQL errors: the code goes to `extensions.code`,
// input issues to `extensions.issues`; anything unknown is INTERNAL_SERVER_ERROR, masked in production.
// Messages quote at most a short piece of what was sent: a 24 MB value must not come back twice.
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { AppError, BadInputError, type InputIssue } from '../domain/errors.js';

const HTTP_STATUS: Record<string, number> = { STORE_UNAVAILABLE: 503 };

/** How much of a quoted value a message keeps, and how long a message or issue list may be. */
export const ECHO_LIMIT = 100;
const MESSAGE_LIMIT = 2000;
const ISSUE_LIMIT = 100;

/** Cuts every quoted value in a message to ECHO_LIMIT characters, saying how much was cut, and
 *  the whole message to MESSAGE_LIMIT. */
export function capEcho(message: string): string {
  const capped = message.replace(
    /"([^"]{101,})"/g,
    (_, inner: string) => `"${inner.slice(0, ECHO_LIMIT)}…" (${inner.length} characters)`,
  );
  return capped.length > MESSAGE_LIMIT
    ? `${capped.slice(0, MESSAGE_LIMIT)}… (${capped.length - MESSAGE_LIMIT} more characters)`
    : capped;
}

function capIssues(issues: readonly InputIssue[]): InputIssue[] {
  const kept = issues
    .slice(0, ISSUE_LIMIT)
    .map((i) => ({ path: capEcho(i.path), message: capEcho(i.message) }));
  if (issues.length > ISSUE_LIMIT)
    kept.push({ path: '', message: `and ${issues.length - ISSUE_LIMIT} more problems` });
  return kept;
}

/** The code an error answers with: the product's own, or what Apollo and graphql-js set. */
export function codeOf(formattedCode: unknown, error: unknown): string {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) return original.code;
  return typeof formattedCode === 'string' ? formattedCode : 'INTERNAL_SERVER_ERROR';
}

export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError && original.code !== 'INTERNAL_SERVER_ERROR') {
      // Where the store lives (a file path, a URI) is the operator's business: the log has it.
      const store = (original as { store?: unknown }).store;
      const message =
        production && original.code === 'STORE_UNAVAILABLE'
          ? `the store${store ? ` (${String(store)})` : ''} is unavailable: try again shortly (the server log has the details)`
          : capEcho(original.message);
      return {
        ...formatted,
        message,
        extensions: {
          code: original.code,
          ...(original instanceof BadInputError ? { issues: capIssues(original.issues) } : {}),
        },
      };
    }
    const code = formatted.extensions?.code;
    if (code && code !== 'INTERNAL_SERVER_ERROR')
      return stripStack({ ...formatted, message: capEcho(formatted.message) }, production);
    return production
      ? { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }
      : stripStack(
          {
            ...formatted,
            message: capEcho(formatted.message),
            extensions: { ...formatted.extensions, code: 'INTERNAL_SERVER_ERROR' },
          },
          production,
        );
  };
}

/** Production: no stack. Development: the stack, its quoted values cut like the message's; and
 *  no "Did you mean …?" in production (graphql-js suggests enum values and fields, which maps the
 *  schema for a stranger where introspection is off). */
function stripStack(formatted: GraphQLFormattedError, production: boolean): GraphQLFormattedError {
  if (!formatted.extensions) return formatted;
  const { stacktrace, ...extensions } = formatted.extensions;
  if (production) return { ...formatted, message: withoutSuggestions(formatted.message), extensions };
  return Array.isArray(stacktrace)
    ? { ...formatted, extensions: { ...extensions, stacktrace: stacktrace.map((l) => capEcho(String(l))) } }
    : formatted;
}

const withoutSuggestions = (message: string) => message.replace(/\s*Did you mean [^?]*\?/g, '');

/** The HTTP status an answer takes from its errors: 503 when the store is unavailable. */
export function httpStatusOf(codes: readonly string[]): number | undefined {
  for (const code of codes) if (HTTP_STATUS[code]) return HTTP_STATUS[code];
  return undefined;
}

/** An error answered outside GraphQL execution (HTTP layer), in the shape GraphQL clients read. */
export function graphqlShapedError(message: string, code: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message: capEcho(message), extensions: { code, ...extensions } }] };
}
