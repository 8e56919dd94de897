// Structured logs (pino): JSON lines, one per request with its id and duration. Secrets never
// reach a log line: known fields are redacted by path, and anything shaped like a credential in
// any other string (a bearer token quoted in an error message, a password in a URI) is masked.
import { pino, type DestinationStream, type Logger } from 'pino';

const CENSOR = '[redacted]';

/** Header and field names that hold credentials, wherever they sit (top level or one or two
 *  objects down: `req.headers.authorization`, `config.store.password`). */
const SECRET_KEYS = [
  'authorization',
  'cookie',
  '"set-cookie"',
  '"proxy-authorization"',
  '"x-api-key"',
  'password',
  'token',
  'secret',
  'apiKey',
  'API_TOKENS',
  'NEO4J_PASSWORD',
];
const REDACT_PATHS = SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);

/** Bearer/Basic credentials and `user:password@` in URIs, in any text. */
const SECRET_SHAPES: readonly [RegExp, string][] = [
  [/\b([Bb][Ee][Aa][Rr][Ee][Rr]|Basic)\s+[A-Za-z0-9._~+/=-]+/g, `$1 ${CENSOR}`],
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@"]+:)[^\s@/"]+@/gi, `$1${CENSOR}@`],
];

export function maskSecrets(text: string): string {
  let out = text;
  for (const [shape, replacement] of SECRET_SHAPES) out = out.replace(shape, replacement);
  return out;
}

/** The app's logger; `destination` is for tests that read what was written. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  // Masked on the finished line, so nothing escapes: fields, messages, serialized errors, headers.
  const out = destination ?? pino.destination(1);
  return pino(
    { level, base: { app: 'explorer' }, redact: { paths: REDACT_PATHS, censor: CENSOR } },
    { write: (line: string) => out.write(maskSecrets(line)) },
  );
}
