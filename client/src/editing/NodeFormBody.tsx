// The node form itself: kind (when creating), name, id, the kind's own fields as the metamodel
// lists them, aliases, description and sources. Saving sends createNode, or updateNode with the
// version loaded; the server's refusals appear beside the fields they name, and a CONFLICT (the
// node changed since it was loaded) offers a reload.
import { useMemo, useState } from 'react';
import { useGraphMutation } from '../api/use-graph-mutation.js';
import { Notice } from '../ui/Notice.js';
import { FormField } from './FormField.js';
import { KindField } from './KindField.js';
import { NO_ISSUES, issuesFromError, type FormIssues } from './issues.js';
import type { KindInfo } from './metamodel.js';
import { toNodeInput, withKind, withName, type NodeFormValues } from './node-form.js';
import { ProvenanceEditor } from './ProvenanceEditor.js';
import { CreateNodeMutation, UpdateNodeMutation } from './queries.js';

interface NodeFormBodyProps {
  readonly kinds: readonly KindInfo[];
  readonly initial: NodeFormValues;
  /** The version loaded, when editing; absent when creating. */
  readonly version?: number;
  readonly onSaved: (id: string) => void;
  readonly onCancel: () => void;
  readonly onReload?: () => void;
}

const SOURCE_PARTS = ['document', 'section', 'quote'];

export function NodeFormBody({ kinds, initial, version, onSaved, onCancel, onReload }: NodeFormBodyProps) {
  const [values, setValues] = useState(initial);
  const [issues, setIssues] = useState<FormIssues>(NO_ISSUES);
  const [creating, create] = useGraphMutation(CreateNodeMutation);
  const [updating, update] = useGraphMutation(UpdateNodeMutation);
  const editing = version !== undefined;
  const saving = creating.fetching || updating.fetching;
  const kind = kinds.find((k) => k.kind === values.kind) ?? kinds[0]!;
  const sourceCount = values.provenance.length;
  const known = useMemo(
    () =>
      new Set([
        ...['kind', 'id', 'name', 'aliases', 'description'],
        ...kind.fields.map((f) => f.name),
        ...Array.from({ length: sourceCount }, (_, i) =>
          SOURCE_PARTS.map((p) => `provenance.${i}.${p}`),
        ).flat(),
      ]),
    [kind, sourceCount],
  );

  // A changed field loses its old message; the rest stay until the next save.
  const change = (key: string, next: NodeFormValues) => {
    setValues(next);
    if (issues.byField[key]) {
      const { [key]: _gone, ...rest } = issues.byField;
      setIssues({ ...issues, byField: rest });
    }
  };

  const submit = async () => {
    const converted = toNodeInput(values, kind, version);
    if (!converted.ok) {
      setIssues({ byField: converted.issues, general: [], code: 'BAD_USER_INPUT' });
      return;
    }
    setIssues(NO_ISSUES);
    const variables = { node: converted.input };
    const result = editing ? await update(variables) : await create(variables);
    if (!result.error) {
      onSaved(converted.input.id);
      return;
    }
    const found = issuesFromError(result.error, known);
    // Creating, a CONFLICT means the id is taken: that is the id field's problem.
    setIssues(
      !editing && found.code === 'CONFLICT'
        ? { ...found, byField: { ...found.byField, id: found.general.join('; ') }, general: [] }
        : found,
    );
  };

  const fieldErrors = Object.keys(issues.byField).length;
  const conflict = editing && issues.code === 'CONFLICT';

  return (
    <form
      className="edit-form"
      data-testid="node-form"
      aria-labelledby="node-form-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <header className="detail-head">
        <h2 id="node-form-title">{editing ? `Edit “${initial.name}”` : 'New node'}</h2>
        {editing && <code className="detail-id">{values.id}</code>}
      </header>
      {!editing && (
        <FormField label="Kind" name="kind" error={issues.byField.kind}>
          {(control) => (
            <select
              {...control}
              value={values.kind}
              onChange={(e) => {
                const next = kinds.find((k) => k.kind === e.target.value);
                if (next) change('kind', withKind(values, next));
              }}
            >
              {kinds.map((k) => (
                <option key={k.kind} value={k.kind}>
                  {k.kind}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <FormField label="Name" name="name" error={issues.byField.name}>
        {(control) => (
          <input
            {...control}
            type="text"
            value={values.name}
            onChange={(e) => change('name', withName(values, kind, e.target.value))}
          />
        )}
      </FormField>
      {!editing && (
        <FormField
          label="Id"
          name="id"
          error={issues.byField.id}
          hint={`Suggested from the name: ${kind.idPrefix} then lower-case words joined by hyphens. It cannot change later.`}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              className="mono"
              spellCheck={false}
              value={values.id}
              onChange={(e) => change('id', { ...values, id: e.target.value, idEdited: true })}
            />
          )}
        </FormField>
      )}
      {kind.fields.length > 0 && (
        <fieldset className="form-group">
          <legend>{kind.kind} details</legend>
          {kind.fields.map((f) => (
            <KindField
              key={f.name}
              field={f}
              value={values.fields[f.name] ?? ''}
              error={issues.byField[f.name]}
              onChange={(v) => change(f.name, { ...values, fields: { ...values.fields, [f.name]: v } })}
            />
          ))}
        </fieldset>
      )}
      <FormField label="Also called" name="aliases" hint="One alias a line." error={issues.byField.aliases}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            value={values.aliases}
            onChange={(e) => change('aliases', { ...values, aliases: e.target.value })}
          />
        )}
      </FormField>
      <FormField label="Description" name="description" error={issues.byField.description}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={values.description}
            onChange={(e) => change('description', { ...values, description: e.target.value })}
          />
        )}
      </FormField>
      <ProvenanceEditor
        sources={values.provenance}
        errors={issues.byField}
        onChange={(provenance) => setValues({ ...values, provenance })}
      />
      {conflict && (
        <Notice tone="error" title="Someone else changed this node since you opened it">
          <p>{issues.general.join('; ')}</p>
          <p>Reload to see their version; what you typed here will be replaced.</p>
          <button type="button" onClick={onReload} data-testid="reload">
            Reload
          </button>
        </Notice>
      )}
      {!conflict && issues.general.length > 0 && (
        <Notice tone="error" title="Not saved">
          {issues.general.map((m) => (
            <p key={m} className="notice-message">
              {m}
            </p>
          ))}
        </Notice>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving || conflict} data-testid="save-node">
          {saving ? 'Saving…' : editing ? 'Save changes' : 'Create node'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        {fieldErrors > 0 && (
          <span className="error-text" role="alert">
            Not saved: {fieldErrors === 1 ? 'one field needs' : `${fieldErrors} fields need`} attention.
          </span>
        )}
      </div>
    </form>
  );
}
