// The node form's loader: waits for the metamodel (the kinds and their fields) and, to edit, for
// the node as stored now, then shows the form. A reload after a conflict brings a new version,
// which remounts the form with the stored values.
import type { NodeKind } from '../generated/graphql.js';
import { Busy } from '../ui/Busy.js';
import { ErrorNotice, Notice } from '../ui/Notice.js';
import { useMetamodel } from './metamodel.js';
import { emptyValues, valuesFromNode } from './node-form.js';
import { NodeFormBody } from './NodeFormBody.js';
import { useNodeValues } from './node-values.js';

export type NodeFormTarget =
  { readonly mode: 'create'; readonly kind?: NodeKind } | { readonly mode: 'edit'; readonly id: string };

interface NodeFormProps {
  readonly target: NodeFormTarget;
  readonly onSaved: (id: string) => void;
  readonly onCancel: () => void;
}

export function NodeForm({ target, onSaved, onCancel }: NodeFormProps) {
  const { metamodel, error } = useMetamodel();
  const editId = target.mode === 'edit' ? target.id : null;
  const loaded = useNodeValues(editId, metamodel?.kinds ?? null);

  if (error) return <ErrorNotice title="Could not read the metamodel" error={error} />;
  if (!metamodel) return <Busy active label="Loading the form…" />;
  const common = { kinds: metamodel.kinds, onSaved, onCancel };

  if (target.mode === 'create') {
    const kind = metamodel.kinds.find((k) => k.kind === (target.kind ?? 'System')) ?? metamodel.kinds[0];
    if (!kind) return <Notice tone="error" title="The server's metamodel lists no kinds" />;
    return <NodeFormBody {...common} initial={emptyValues(kind)} />;
  }

  if (loaded.error) return <ErrorNotice title={`Could not load ${target.id}`} error={loaded.error} />;
  const node = loaded.node;
  if (!node) return <Busy active={loaded.fetching} label="Loading the node…" />;
  const kind = metamodel.kinds.find((k) => k.kind === node.kind);
  if (!kind) return <Notice tone="error" title={`The metamodel has no kind ${String(node.kind)}`} />;
  return (
    <NodeFormBody
      {...common}
      key={`${target.id}@${node.version}`}
      initial={valuesFromNode(node, kind)}
      version={node.version}
      onReload={loaded.reload}
    />
  );
}
