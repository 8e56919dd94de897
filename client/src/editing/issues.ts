// The server's validation errors, placed beside the fields they concern. A BAD_USER_INPUT error
// carries `extensions.issues: [{path, message}]` with paths into the batch the mutation became
// (`nodes.0.rtoHours`, `relationships.0.to`, `nodes.0.provenance.1.document`); GraphQL's own
// refusals (a fraction for an Int) name the field only in the message (`at "node.noticeMonths"`).
import type { CombinedError } from 'urql';
import { describeError } from '../api/errors.js';

export interface FormIssues {
  /** Messages by form field key: `rtoHours`, `to`, `provenance.1.document`, `redundancy.k`. */
  readonly byField: Readonly<Record<string, string>>;
  /** What belongs to no field the form shows. */
  readonly general: readonly string[];
  /** The error code (BAD_USER_INPUT, CONFLICT, FORBIDDEN, …), or null without an error. */
  readonly code: string | null;
}

export const NO_ISSUES: FormIssues = { byField: {}, general: [], code: null };

/** `nodes.0.provenance.1.document` → `provenance.1.document`; a path naming no field → ''. */
export function fieldPath(path: string): string {
  return path.replace(/^(nodes|relationships|deleteNodes|deleteRelationships)\.\d+\.?/, '');
}

/**
 * The form field an issue belongs to: its whole path inside the item when the form has such a
 * field, else the path's last segment when the form has that, else none (null).
 */
export function fieldFor(path: string, known: ReadonlySet<string>): string | null {
  const inner = fieldPath(path);
  if (!inner) return null;
  if (known.has(inner)) return inner;
  const last = inner.split('.').pop()!;
  return known.has(last) ? last : null;
}

/** GraphQL's refusal of a variable, reduced to the field and the reason. */
export function coercionIssue(message: string): { path: string; message: string } | null {
  const match = /^Variable "\$\w+" got invalid value .*? at "\w+\.([\w.]+)"; (.*)$/s.exec(message);
  if (!match) return null;
  const reason = match[2]!
    .replace(/\[[\w/-]+\] /g, '')
    .replace(/^Expected type "\w+"\. /, '')
    .replace(/^invalid input: /, '');
  return { path: match[1]!, message: reason };
}

interface RawIssue {
  readonly path: string;
  readonly message: string;
}

const isIssue = (x: unknown): x is RawIssue =>
  typeof x === 'object' &&
  x !== null &&
  typeof (x as RawIssue).path === 'string' &&
  typeof (x as RawIssue).message === 'string';

/** Every issue in an error, by field where the form has the field. */
export function issuesFromError(error: CombinedError, known: ReadonlySet<string>): FormIssues {
  const byField: Record<string, string> = {};
  const general: string[] = [];
  const place = (issue: RawIssue) => {
    const field = fieldFor(issue.path, known);
    if (field) byField[field] = byField[field] ? `${byField[field]}; ${issue.message}` : issue.message;
    else
      general.push(issue.path ? `${fieldPath(issue.path) || issue.path}: ${issue.message}` : issue.message);
  };
  for (const e of error.graphQLErrors) {
    const listed = e.extensions?.issues;
    const coerced = coercionIssue(e.message);
    if (Array.isArray(listed) && listed.length > 0) listed.filter(isIssue).forEach(place);
    else if (coerced) place(coerced);
    else general.push(e.message.replace(/^\[[\w/-]+\] /, ''));
  }
  const problem = describeError(error);
  if (error.graphQLErrors.length === 0) general.push(problem.message);
  return { byField, general, code: problem.code };
}
