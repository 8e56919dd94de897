// Filters by node kind and relationship type, in a disclosure so the toolbar stays one line.
// Unticking hides; the URL keeps what is hidden, so a shared link shows the same picture.
import type { NodeKind, RelationshipType } from '../generated/graphql.js';
import { NODE_KINDS, RELATIONSHIP_TYPES, typeLabel } from '../graph/kinds.js';
import { KindGlyph } from '../ui/KindGlyph.js';

interface FiltersProps {
  readonly hiddenKinds: readonly NodeKind[];
  readonly hiddenTypes: readonly RelationshipType[];
  readonly onChange: (change: { hiddenKinds?: NodeKind[]; hiddenTypes?: RelationshipType[] }) => void;
}

const toggle = <T,>(list: readonly T[], item: T): T[] =>
  list.includes(item) ? list.filter((x) => x !== item) : [...list, item];

export function Filters({ hiddenKinds, hiddenTypes, onChange }: FiltersProps) {
  const hidden = hiddenKinds.length + hiddenTypes.length;
  return (
    <details className="menu">
      <summary>Filters{hidden > 0 && <span className="badge">{hidden} hidden</span>}</summary>
      <div className="menu-body filters" data-testid="filters">
        <fieldset>
          <legend>Kinds</legend>
          {NODE_KINDS.map((kind) => (
            <label key={kind}>
              <input
                type="checkbox"
                checked={!hiddenKinds.includes(kind)}
                onChange={() => onChange({ hiddenKinds: toggle(hiddenKinds, kind) })}
              />
              <KindGlyph kind={kind} size={12} /> {kind}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Relationships</legend>
          {RELATIONSHIP_TYPES.map((type) => (
            <label key={type}>
              <input
                type="checkbox"
                checked={!hiddenTypes.includes(type)}
                onChange={() => onChange({ hiddenTypes: toggle(hiddenTypes, type) })}
              />
              {typeLabel(type)}
            </label>
          ))}
        </fieldset>
        {hidden > 0 && (
          <button
            type="button"
            className="link"
            onClick={() => onChange({ hiddenKinds: [], hiddenTypes: [] })}
          >
            Show everything
          </button>
        )}
      </div>
    </details>
  );
}
