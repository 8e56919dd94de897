// The detail panel's editing row, for people who may edit: open the node in the form, link it to
// another node, or delete it. Linking and deleting open in place, below the row.
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import type { NodeKind } from '../generated/graphql.js';
import { NodeDetailQuery } from '../explorer/queries.js';
import { useAsAt } from '../url/as-at.js';
import { DeleteNode } from './DeleteNode.js';
import { LinkForm } from './LinkForm.js';

interface EditActionsProps {
  readonly node: {
    readonly id: string;
    readonly kind: NodeKind;
    readonly name: string;
    readonly version: number;
  };
  readonly onEdit: () => void;
  readonly onDeleted: (id: string) => void;
}

export function EditActions({ node, onEdit, onDeleted }: EditActionsProps) {
  const [open, setOpen] = useState<'link' | 'delete' | null>(null);
  // The panel has read this already: answered from the cache, it says what the node is linked to.
  const asAt = useAsAt();
  const [{ data }] = useQuery({ query: NodeDetailQuery, variables: { id: node.id, asAt } });
  const own = useMemo(
    () => (data?.neighbourhood.relationships ?? []).filter((r) => r.from === node.id || r.to === node.id),
    [data, node.id],
  );
  // By ends and type: a link with the same ends and type as one relationship changes that one.
  const ends = useMemo(() => new Set(own.map((r) => `${r.from}|${r.type}|${r.to}`)), [own]);
  const toggle = (panel: 'link' | 'delete') => setOpen(open === panel ? null : panel);

  return (
    <div className="edit-actions" data-testid="edit-actions">
      <div className="row">
        <button type="button" onClick={onEdit} data-testid="edit-node">
          Edit
        </button>
        <button
          type="button"
          aria-expanded={open === 'link'}
          onClick={() => toggle('link')}
          data-testid="link-node"
        >
          Link…
        </button>
        <button
          type="button"
          className="danger-outline"
          aria-expanded={open === 'delete'}
          onClick={() => toggle('delete')}
          data-testid="delete-node"
        >
          Delete…
        </button>
      </div>
      {open === 'link' && <LinkForm key={node.id} node={node} existing={ends} onDone={() => setOpen(null)} />}
      {open === 'delete' && (
        <DeleteNode
          node={node}
          relationships={own.length}
          onDeleted={onDeleted}
          onCancel={() => setOpen(null)}
        />
      )}
    </div>
  );
}
