// Import a file: choose the format and the mode, pick the file, run a dry run to see what would
// change (added, changed, removed per kind and relationship type) and what the metamodel cannot
// take, then Apply. Apply is offered only after a dry run of the same files with the same options
// succeeded, so nothing is written that the reader has not seen. Importing (a dry run too) needs an
// admin token, as the API enforces (me.canImport); the page says so instead of a form that would fail.
import { useId, useState, type ChangeEvent } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { describeError } from '../api/errors.js';
import { useGraphMutation } from '../api/use-graph-mutation.js';
import { useMe } from '../api/use-me.js';
import type { ImportGraphMutation as Result } from '../generated/graphql.js';
import { Busy } from '../ui/Busy.js';
import { ErrorNotice, Notice } from '../ui/Notice.js';
import type { ViewProps } from '../ui/view-props.js';
import {
  formatOfName,
  importKey,
  inputProblems,
  summariseChanges,
  type ImportFormat,
  type ImportMode,
  type PickedFile,
} from './import-summary.js';
import { ImportGraphMutation } from './queries.js';

const FORMATS: { value: ImportFormat; label: string; accept: string; note: string }[] = [
  { value: 'JSON', label: 'JSON snapshot', accept: '.json', note: 'One file, as Export JSON writes it.' },
  {
    value: 'CSV',
    label: 'CSV',
    accept: '.csv',
    note: 'A nodes file, a relationships file, or both (the one with a from column holds relationships).',
  },
  {
    value: 'ARCHIMATE',
    label: 'ArchiMate Open Exchange',
    accept: '.xml,.archimate',
    note: 'One model file; what the metamodel has no kind for is listed, never dropped silently.',
  },
];

const MODES: { value: ImportMode; label: string; note: string }[] = [
  { value: 'MERGE', label: 'Merge', note: 'adds and updates; removes nothing' },
  { value: 'REPLACE', label: 'Replace', note: 'also removes what the file does not have' },
];

type Report = Result['importGraph'];

interface Outcome {
  readonly key: string;
  readonly report?: Report;
  readonly error?: CombinedError;
}

export function ImportView(_: ViewProps) {
  const { me } = useMe();
  const canImport = me?.canImport ?? false;
  const [format, setFormat] = useState<ImportFormat>('JSON');
  const [mode, setMode] = useState<ImportMode>('MERGE');
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [reading, setReading] = useState(false);
  const [checked, setChecked] = useState<Outcome | null>(null);
  const [applied, setApplied] = useState<Outcome | null>(null);
  const [dryState, dryRun] = useMutation(ImportGraphMutation);
  const [applyState, apply] = useGraphMutation(ImportGraphMutation);
  const fileId = useId();
  const key = importKey(format, mode, files);
  const current = checked?.key === key ? checked : null;
  const canApply = canImport && files.length > 0 && !!current?.report && !applyState.fetching;
  const chosen = FORMATS.find((f) => f.value === format)!;

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const list = [...(e.target.files ?? [])];
    setReading(true);
    const read = await Promise.all(list.map(async (f) => ({ name: f.name, text: await f.text() })));
    setReading(false);
    setFiles(read);
    setApplied(null);
    // The file says what it is: its format is chosen for the reader, who may still change it.
    const implied = read.length ? formatOfName(read[0]!.name) : null;
    if (implied) setFormat(implied);
  };

  const run = async (dry: boolean) => {
    const variables = { format, mode, files, dryRun: dry };
    const at = key;
    const result = dry ? await dryRun(variables) : await apply(variables);
    const outcome: Outcome = result.error
      ? { key: at, error: result.error }
      : { key: at, ...(result.data ? { report: result.data.importGraph } : {}) };
    if (dry) {
      setChecked(outcome);
      setApplied(null);
    } else {
      setApplied(outcome);
      // Applied: the file must be dry-run again before a second Apply (the graph has changed).
      if (!result.error) setChecked(null);
    }
  };

  return (
    <div className="view">
      <div className="toolbar" role="toolbar" aria-label="Import">
        <h1 className="toolbar-title">Import a file</h1>
        <span className="muted">Dry run first, see what would change, then apply</span>
      </div>
      <div className="page exchange-page" data-testid="import-page">
        {me && !canImport && (
          <Notice tone="info" title="Importing needs an admin token">
            Importing replaces or adds to the whole graph, so the server allows it to the admin role only (a
            dry run too). Paste an admin token in the menu at the top right to import files.
          </Notice>
        )}
        <form
          className="import-form card"
          aria-label="Import a file"
          onSubmit={(e) => {
            e.preventDefault();
            void run(true);
          }}
        >
          <fieldset disabled={!canImport}>
            <legend>Format</legend>
            {FORMATS.map((f) => (
              <label key={f.value} className="choice">
                <input
                  type="radio"
                  name="format"
                  value={f.value}
                  checked={format === f.value}
                  onChange={() => setFormat(f.value)}
                />
                {f.label}
              </label>
            ))}
            <p className="hint">{chosen.note}</p>
          </fieldset>
          <fieldset disabled={!canImport}>
            <legend>Mode</legend>
            {MODES.map((m) => (
              <label key={m.value} className="choice">
                <input
                  type="radio"
                  name="mode"
                  value={m.value}
                  checked={mode === m.value}
                  onChange={() => setMode(m.value)}
                />
                {m.label} <span className="muted">({m.note})</span>
              </label>
            ))}
          </fieldset>
          <div className="field-stack">
            <label htmlFor={fileId}>{format === 'CSV' ? 'Files' : 'File'}</label>
            <input
              id={fileId}
              type="file"
              accept={chosen.accept}
              multiple={format === 'CSV'}
              disabled={!canImport}
              onChange={(e) => void pick(e)}
              data-testid="import-file"
            />
            {files.length > 0 && (
              <p className="hint" data-testid="import-picked">
                {files
                  .map((f) => `${f.name} (${f.text.length.toLocaleString('en-GB')} characters)`)
                  .join(', ')}
              </p>
            )}
          </div>
          <div className="run-row">
            <button
              type="submit"
              className="primary"
              disabled={!canImport || files.length === 0 || reading || dryState.fetching}
              data-testid="dry-run"
            >
              Dry run
            </button>
            <button
              type="button"
              disabled={!canApply}
              aria-describedby="apply-why"
              onClick={() => void run(false)}
              data-testid="apply"
            >
              Apply
            </button>
          </div>
          <p className="hint" id="apply-why">
            {canApply
              ? 'Apply writes exactly what the dry run below shows.'
              : 'Apply is offered after a dry run of these files with these options succeeds.'}
          </p>
        </form>
        <Busy active={dryState.fetching || applyState.fetching} label="Reading the file…" />
        <div aria-live="polite">
          {applied?.report && (
            <Notice tone="info" title="Imported">
              <p data-testid="import-applied">
                {applied.report.summary.created} added, {applied.report.summary.updated} changed,{' '}
                {applied.report.summary.deleted} removed: the graph is now at version{' '}
                {applied.report.summary.graphVersion}.
              </p>
            </Notice>
          )}
          {applied?.error && (
            <Problems title="The import was refused: nothing changed" error={applied.error} />
          )}
          {checked?.error && checked.key === key && (
            <Problems title="The dry run found problems: nothing would be imported" error={checked.error} />
          )}
          {current?.report && (
            <p className="visually-hidden">
              Dry run done: {current.report.summary.created} to add, {current.report.summary.updated} to
              change, {current.report.summary.deleted} to remove, {current.report.unmapped.length} that cannot
              be mapped.
            </p>
          )}
          {checked && checked.key !== key && !applied && (
            <p className="hint">The files or options changed since the dry run: run it again.</p>
          )}
        </div>
        {current?.report && <DryRunReport report={current.report} />}
      </div>
    </div>
  );
}

/** The server's refusal, with every problem it named (file, line or field, and why). */
function Problems({ title, error }: { title: string; error: CombinedError }) {
  const problems = inputProblems(error);
  if (problems.length === 0) return <ErrorNotice title={title} error={error} />;
  return (
    <Notice tone="error" title={title}>
      <p className="notice-message">{describeError(error).message}</p>
      <ul className="problem-list" data-testid="import-problems">
        {problems.map((p, i) => (
          <li key={i}>
            {p.path && <span className="mono">{p.path}</span>} {p.message}
          </li>
        ))}
      </ul>
    </Notice>
  );
}

function DryRunReport({ report }: { report: Report }) {
  const { summary, unmapped } = report;
  const rows = summariseChanges(summary.changes);
  const partial = summary.totalChanges > summary.changes.length;
  return (
    <section className="dry-run" aria-labelledby="dry-run-title" data-testid="dry-run-report">
      <h2 id="dry-run-title">What the import would change</h2>
      <p data-testid="dry-run-totals">
        {summary.created} to add, {summary.updated} to change, {summary.deleted} to remove,{' '}
        {summary.unchanged} unchanged.
      </p>
      {rows.length > 0 ? (
        <table className="data-table card" data-testid="dry-run-changes">
          <caption>
            By kind and relationship type
            {partial ? ` (from the first ${summary.changes.length} of ${summary.totalChanges} changes)` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Kind or relationship</th>
              <th scope="col" className="num">
                Added
              </th>
              <th scope="col" className="num">
                Changed
              </th>
              <th scope="col" className="num">
                Removed
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.target}|${r.name}`}>
                <th scope="row">
                  {r.name}
                  {r.target === 'RELATIONSHIP' ? ' (relationship)' : ''}
                </th>
                <td className="num">{r.added}</td>
                <td className="num">{r.changed}</td>
                <td className="num">{r.removed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">Nothing would change: the graph already holds everything in the file.</p>
      )}
      <h3>What cannot be mapped</h3>
      {unmapped.length === 0 ? (
        <p className="muted" data-testid="unmapped-none">
          Everything in the file has a kind or relationship type to land in.
        </p>
      ) : (
        <table className="data-table card" data-testid="unmapped">
          <caption>{unmapped.length} items the metamodel cannot take (left out, with the reason)</caption>
          <thead>
            <tr>
              <th scope="col">Where</th>
              <th scope="col">Type</th>
              <th scope="col">Name</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {unmapped.map((u, i) => (
              <tr key={i}>
                <td className="mono">{u.where}</td>
                <td>{u.type}</td>
                <td>{u.name ?? '—'}</td>
                <td>{u.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
