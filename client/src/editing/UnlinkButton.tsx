// Removes one relationship from the detail panel, by its id (parallel relationships share their
// ends and type), after a second click that names it, so a stray click does not unlink anything.
import { useState } from 'react';
import { describeError } from '../api/errors.js';
import { useGraphMutation } from '../api/use-graph-mutation.js';
import { DeleteRelationshipMutation } from './queries.js';

interface UnlinkButtonProps {
  readonly relationship: { readonly id: string };
  /** How the link reads from the panel's node: "depends on Kent Public Services Network". */
  readonly label: string;
}

export function UnlinkButton({ relationship, label }: UnlinkButtonProps) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [state, remove] = useGraphMutation(DeleteRelationshipMutation);
  const { id } = relationship;

  if (!confirming) {
    return (
      <button
        type="button"
        className="link unlink"
        aria-label={`Unlink: ${label}`}
        onClick={() => setConfirming(true)}
        data-testid={`unlink-${id}`}
      >
        Unlink
      </button>
    );
  }
  const confirm = async () => {
    const result = await remove({ id });
    if (result.error) setError(describeError(result.error).message);
  };
  return (
    <span className="unlink-confirm" role="group" aria-label={`Remove the link: ${label}?`}>
      <span>Remove this link?</span>
      <button type="button" className="danger small" onClick={() => void confirm()} disabled={state.fetching}>
        Remove
      </button>
      <button type="button" className="small" onClick={() => setConfirming(false)}>
        Keep
      </button>
      {error && <span className="error-text">{error}</span>}
    </span>
  );
}
