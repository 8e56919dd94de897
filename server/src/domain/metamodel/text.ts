// What text the graph holds: every string field of a node or relationship goes through safeText,
// so no write path can store what one store keeps and the other mangles (a NUL, half a surrogate
// pair) or what shows a reader something other than what is stored (a right-to-left override).
import { z } from 'zod';

/** Bidirectional embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069). */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
/** C0 and C1 controls and DEL, except tab, line feed and the carriage return of a CRLF. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\r(?!\n)/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const codePoint = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** Why the text is refused, or null when it is fine. */
export function unsafeTextReason(text: string): string | null {
  const checks: [RegExp, string, string][] = [
    [CONTROL, 'a control character', 'only tab and line breaks are allowed'],
    [LONE_SURROGATE, 'half of a surrogate pair', 'not valid Unicode'],
    [BIDI_CONTROL, 'a bidirectional override or isolate', 'it makes text display other than it reads'],
  ];
  for (const [pattern, what, why] of checks) {
    const match = pattern.exec(text);
    if (match) return `holds ${what}, ${codePoint(match[0])} at position ${match.index + 1} (${why})`;
  }
  return null;
}

/** A string schema that refuses unsafe text; chain trim, min and max after it as before. */
export const safeText = (): z.ZodString =>
  z.string().superRefine((text, ctx) => {
    const reason = unsafeTextReason(text);
    if (reason) ctx.addIssue({ code: 'custom', message: reason });
  });
