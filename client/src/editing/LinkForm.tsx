// Links the selected node to another: a relationship type the metamodel allows for its kind, read
// from its side ("depends on", or incoming "hosts"), the other end found with the search box
// (only kinds the type allows), and optionally a redundancy group, a fallback and a note. Sent as
// saveRelationship; the server's refusals show beside the fields they name.
import { useMemo, useState } from 'react';
import type { NodeKind } from '../generated/graphql.js';
import { useRelationshipReadings } from '../api/use-relationship-readings.js';
import { useGraphMutation } from '../api/use-graph-mutation.js';
import type { Picked } from '../ui/SearchBox.js';
import { Notice } from '../ui/Notice.js';
import { FormField } from './FormField.js';
import { NO_ISSUES, issuesFromError, type FormIssues } from './issues.js';
import { linkOptionKey, linkOptions, useMetamodel, type LinkOption } from './metamodel.js';
import { PickedNode } from './PickedNode.js';
import { SaveRelationshipMutation } from './queries.js';

interface LinkFormProps {
  readonly node: { readonly id: string; readonly kind: NodeKind; readonly name: string };
  /** Keys (`from|TYPE|to`) of the node's relationships, to say when a link would replace one. */
  readonly existing: ReadonlySet<string>;
  readonly onDone: () => void;
}

const KNOWN = new Set(['from', 'to', 'type', 'fallback', 'note', 'redundancy.group', 'redundancy.k']);

export function LinkForm({ node, existing, onDone }: LinkFormProps) {
  const { metamodel } = useMetamodel();
  const readings = useRelationshipReadings();
  const options = useMemo(
    () => (metamodel ? linkOptions(metamodel.rules, node.kind) : []),
    [metamodel, node.kind],
  );
  const [choice, setChoice] = useState('');
  const [other, setOther] = useState<Picked | null>(null);
  const [group, setGroup] = useState('');
  const [k, setK] = useState('1');
  const [fallback, setFallback] = useState<Picked | null>(null);
  const [note, setNote] = useState('');
  const [issues, setIssues] = useState<FormIssues>(NO_ISSUES);
  const [saving, save] = useGraphMutation(SaveRelationshipMutation);

  const option = options.find((o) => linkOptionKey(o) === choice) ?? options[0];
  const reading = (o: LinkOption) =>
    o.direction === 'out' ? readings.outgoing(o.type) : readings.incoming(o.type);
  if (!metamodel) return <p className="muted">Loading the relationship types…</p>;
  if (!option) return <p className="muted">The metamodel allows no relationships for a {node.kind}.</p>;
  const out = option.direction === 'out';
  const ends = other && (out ? { from: node.id, to: other.id } : { from: other.id, to: node.id });
  const replaces = ends && existing.has(`${ends.from}|${option.type}|${ends.to}`);
  // The server names the ends from and to; the form calls the one that is not this node "other".
  const otherError = issues.byField[out ? 'to' : 'from'];
  const selfError = issues.byField[out ? 'from' : 'to'];

  const submit = async () => {
    if (!ends) {
      setIssues({ ...NO_ISSUES, byField: { [out ? 'to' : 'from']: 'choose the other node' } });
      return;
    }
    if (group.trim() && !/^\d+$/.test(k.trim())) {
      setIssues({ ...NO_ISSUES, byField: { 'redundancy.k': 'expected a whole number, 1 or more' } });
      return;
    }
    setIssues(NO_ISSUES);
    const result = await save({
      relationship: {
        ...ends,
        type: option.type,
        ...(group.trim() ? { redundancy: { group: group.trim(), k: Number(k) } } : {}),
        ...(fallback ? { fallback: fallback.id } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      },
    });
    if (result.error) setIssues(issuesFromError(result.error, KNOWN));
    else onDone();
  };

  const general = [
    ...(selfError ? [selfError] : []),
    ...(issues.byField.type ? [issues.byField.type] : []),
    ...issues.general,
  ];
  return (
    <form
      className="edit-form link-form"
      data-testid="link-form"
      aria-label={`Link ${node.name} to another node`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <FormField label="Relationship" name="type" hint={`Reads: ${node.name} ${reading(option)} …`}>
        {(control) => (
          <select {...control} value={linkOptionKey(option)} onChange={(e) => setChoice(e.target.value)}>
            {options.map((o) => (
              <option key={linkOptionKey(o)} value={linkOptionKey(o)}>
                {reading(o)} …
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        label={out ? 'To' : 'From'}
        name="other"
        group
        error={otherError}
        hint={`A ${option.otherKinds.join(' or ')}. ${readings.doc(option.type)}`}
      >
        {() => (
          <PickedNode
            label="the other node"
            value={other}
            kinds={option.otherKinds}
            onChange={setOther}
            testId="link-target"
          />
        )}
      </FormField>
      {replaces && (
        <p className="field-hint">This link exists already: saving replaces it, with its sources and note.</p>
      )}
      <fieldset className="form-group">
        <legend>Redundancy and fallback (optional)</legend>
        <div className="row">
          <FormField
            label="Redundancy group"
            name="redundancy.group"
            error={issues.byField['redundancy.group']}
          >
            {(control) => (
              <input {...control} type="text" value={group} onChange={(e) => setGroup(e.target.value)} />
            )}
          </FormField>
          <FormField label="Needed (k)" name="redundancy.k" error={issues.byField['redundancy.k']}>
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode="numeric"
                className="narrow"
                value={k}
                onChange={(e) => setK(e.target.value)}
              />
            )}
          </FormField>
        </div>
        <p className="field-hint">
          Alternatives sharing a group: k of them must hold for the dependant to stay up.
        </p>
        <FormField
          label="Fallback"
          name="fallback"
          group
          error={issues.byField.fallback}
          hint="What takes over when the target fails."
        >
          {() => (
            <PickedNode
              label="fallback"
              value={fallback}
              kinds={metamodel.kinds.map((x) => x.kind)}
              onChange={setFallback}
              testId="link-fallback"
            />
          )}
        </FormField>
      </fieldset>
      <FormField label="Note" name="note" error={issues.byField.note}>
        {(control) => (
          <textarea {...control} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        )}
      </FormField>
      {general.length > 0 && (
        <Notice tone="error" title="Not linked">
          {general.map((m) => (
            <p key={m} className="notice-message">
              {m}
            </p>
          ))}
        </Notice>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving.fetching} data-testid="save-link">
          {saving.fetching ? 'Linking…' : 'Link'}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
