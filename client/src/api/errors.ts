// Turns an urql error into what a person can act on: the server's message and code, or a plain
// sentence when the server could not be reached at all.
import type { CombinedError } from 'urql';

export interface Problem {
  readonly message: string;
  /** The server's extensions.code (NOT_FOUND, BAD_USER_INPUT, …), or NETWORK. */
  readonly code: string;
}

export function describeError(error: CombinedError | Error): Problem {
  if ('graphQLErrors' in error && error.graphQLErrors.length > 0) {
    const first = error.graphQLErrors[0]!;
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'ERROR';
    return { message: error.graphQLErrors.map((e) => readable(e.message)).join('; '), code };
  }
  if ('networkError' in error && error.networkError) {
    return {
      message: `Could not reach the server (${error.networkError.message}). Check that it is running, then try again.`,
      code: 'NETWORK',
    };
  }
  return { message: readable(error.message), code: 'ERROR' };
}

/** "[store/ladybug] no node with id x" reads as "No node with id x": the module tag is for logs
 *  and issue reports, not for the person reading the page. */
export function readable(message: string): string {
  const text = message.replace(/^\[[^\]]+\]\s*/, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What to do about a problem, by code. */
export function remedy(code: string): string {
  switch (code) {
    case 'NOT_FOUND':
      return 'The id may be mistyped or the node deleted: search for it by name.';
    case 'BAD_USER_INPUT':
      return 'Change the input named in the message and try again.';
    case 'UNAUTHENTICATED':
      return 'Check the API token in the menu at the top right, or forget it to read without one.';
    case 'FORBIDDEN':
      return 'Your token does not allow this: ask for one with the editor role.';
    case 'CONFLICT':
      return 'Someone else changed it meanwhile: reload, then try again.';
    case 'NOT_SUPPORTED':
      return 'This database does not offer it here; the message says what to use instead.';
    case 'PAYLOAD_TOO_LARGE':
      return 'The file is too large to send from the page: import it with the command line.';
    case 'STORE_UNAVAILABLE':
      return 'The database is not answering; try again in a moment.';
    case 'NETWORK':
      return 'Reload the page once the server is back.';
    default:
      return 'Try again; if it persists, the server log has the request id.';
  }
}
