// A node chosen in a form (a link's other end, a fallback): its name, kind and id, and a way to
// choose again. Until one is chosen, the search box to choose it with.
import type { NodeKind } from '../generated/graphql.js';
import { KindGlyph } from '../ui/KindGlyph.js';
import { SearchBox, type Picked } from '../ui/SearchBox.js';

interface PickedNodeProps {
  readonly label: string;
  readonly value: Picked | null;
  readonly kinds: readonly NodeKind[];
  readonly onChange: (node: Picked | null) => void;
  readonly testId: string;
}

export function PickedNode({ label, value, kinds, onChange, testId }: PickedNodeProps) {
  if (!value) {
    return (
      <SearchBox
        label={label}
        placeholder={
          kinds.length > 2
            ? 'Search by name, alias, description or kind'
            : `Search ${kinds.join(' or ').toLowerCase()} names`
        }
        kinds={kinds}
        onPick={onChange}
        testId={testId}
      />
    );
  }
  return (
    <div className="picked" data-testid={`${testId}-picked`}>
      <KindGlyph kind={value.kind} size={12} />
      <span className="picked-name">{value.name}</span>
      <code className="picked-id">{value.id}</code>
      <button
        type="button"
        className="link"
        onClick={() => onChange(null)}
        aria-label={`Choose another ${label}`}
      >
        Change
      </button>
    </div>
  );
}
