// Deleting a node, after a confirmation that says what goes with it: its relationships. Sent with
// the version loaded, so a node someone changed meanwhile is not deleted unseen (a CONFLICT,
// offered as a reload of the panel).
import { useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import { describeError } from '../api/errors.js';
import { useGraphMutation } from '../api/use-graph-mutation.js';
import { NodeDetailQuery } from '../explorer/queries.js';
import { Notice } from '../ui/Notice.js';
import { DeleteNodeMutation } from './queries.js';

interface DeleteNodeProps {
  readonly node: { readonly id: string; readonly name: string; readonly version: number };
  readonly relationships: number;
  readonly onDeleted: (id: string) => void;
  readonly onCancel: () => void;
}

export function DeleteNode({ node, relationships, onDeleted, onCancel }: DeleteNodeProps) {
  const client = useClient();
  const [deleting, remove] = useGraphMutation(DeleteNodeMutation);
  const [error, setError] = useState<CombinedError | null>(null);
  const problem = error ? describeError(error) : null;

  const confirm = async () => {
    setError(null);
    const result = await remove({ id: node.id, expectedVersion: node.version });
    if (result.error) setError(result.error);
    else onDeleted(node.id);
  };
  // The panel subscribes to this query: reading it afresh shows the other person's version.
  const reload = () => {
    setError(null);
    void client.query(NodeDetailQuery, { id: node.id }, { requestPolicy: 'network-only' }).toPromise();
  };

  return (
    <Notice tone="error" title={`Delete “${node.name}”?`}>
      <p data-testid="delete-summary">
        {relationships === 0
          ? 'It has no relationships.'
          : `Its ${relationships === 1 ? 'one relationship goes' : `${relationships} relationships go`} with it.`}{' '}
        The history keeps a record of both.
      </p>
      {problem && (
        <p className="notice-message" role="alert">
          {problem.code === 'CONFLICT'
            ? `Someone else changed it since you opened it (${problem.message}). Reload to see their version before deleting.`
            : `Not deleted: ${problem.message}`}
        </p>
      )}
      <div className="row">
        {problem?.code === 'CONFLICT' ? (
          <button type="button" onClick={reload}>
            Reload
          </button>
        ) : (
          <button
            type="button"
            className="danger"
            onClick={() => void confirm()}
            disabled={deleting.fetching}
            data-testid="confirm-delete"
          >
            {deleting.fetching ? 'Deleting…' : 'Delete node'}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </Notice>
  );
}
