// What an import would change, in the words the import page shows: added, changed and removed
// per node kind and per relationship type; which file and options a dry run was for (Apply is
// only offered for the same ones); and the input problems the server names.
import type { CombinedError } from 'urql';

export type ChangeAction = 'CREATE' | 'UPDATE' | 'DELETE';
export type ChangeTarget = 'NODE' | 'RELATIONSHIP';

export interface ChangeLike {
  readonly action: ChangeAction;
  readonly target: ChangeTarget;
  readonly targetId: string;
  readonly before?: unknown;
  readonly after?: unknown;
}

export interface SummaryRow {
  readonly target: ChangeTarget;
  /** The node kind or the relationship type. */
  readonly name: string;
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
}

function field(value: unknown, key: string): string | null {
  if (!value || typeof value !== 'object') return null;
  const v = (value as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : null;
}

/** What a change is about: a node's kind or a relationship's type, from the record before or after. */
function nameOf(change: ChangeLike): string {
  const key = change.target === 'NODE' ? 'kind' : 'type';
  return (
    field(change.after, key) ??
    field(change.before, key) ??
    (change.target === 'NODE' ? 'Node' : 'Relationship')
  );
}

/** Rows for the kinds, then the relationship types, each in name order. */
export function summariseChanges(changes: readonly ChangeLike[]): SummaryRow[] {
  const rows = new Map<
    string,
    { target: ChangeTarget; name: string; added: number; changed: number; removed: number }
  >();
  for (const c of changes) {
    const name = nameOf(c);
    const key = `${c.target}|${name}`;
    const row = rows.get(key) ?? { target: c.target, name, added: 0, changed: 0, removed: 0 };
    if (c.action === 'CREATE') row.added += 1;
    else if (c.action === 'UPDATE') row.changed += 1;
    else row.removed += 1;
    rows.set(key, row);
  }
  return [...rows.values()].sort(
    (a, b) => (a.target === b.target ? 0 : a.target === 'NODE' ? -1 : 1) || a.name.localeCompare(b.name),
  );
}

export type ImportFormat = 'JSON' | 'CSV' | 'ARCHIMATE';
export type ImportMode = 'MERGE' | 'REPLACE';

export interface PickedFile {
  readonly name: string;
  readonly text: string;
}

/** Identifies a file set and the options together: a dry run's answer holds only for the same key. */
export function importKey(format: ImportFormat, mode: ImportMode, files: readonly PickedFile[]): string {
  return JSON.stringify([format, mode, files.map((f) => [f.name, f.text])]);
}

/** The format a file's name implies (as the server's exchange formats read them), if any. */
export function formatOfName(name: string): ImportFormat | null {
  if (/\.json$/i.test(name)) return 'JSON';
  if (/\.csv$/i.test(name)) return 'CSV';
  if (/\.(xml|archimate)$/i.test(name)) return 'ARCHIMATE';
  return null;
}

export interface InputProblem {
  readonly path: string;
  readonly message: string;
}

/** The problems the server listed (extensions.issues): each names the file, line or field. */
export function inputProblems(error: CombinedError): InputProblem[] {
  return error.graphQLErrors.flatMap((e) => {
    const issues = e.extensions?.issues;
    if (!Array.isArray(issues)) return [];
    return issues.flatMap((i: unknown) =>
      i && typeof i === 'object' && typeof (i as InputProblem).message === 'string'
        ? [{ path: String((i as InputProblem).path ?? ''), message: (i as InputProblem).message }]
        : [],
    );
  });
}
