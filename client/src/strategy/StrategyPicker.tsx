// The strategy map before a starting point is chosen: every strategy, and how to start from a system.
import type { UseQueryState } from 'urql';
import type { SearchQuery, SearchQueryVariables } from '../generated/graphql.js';
import { KindGlyph } from '../ui/KindGlyph.js';
import { ErrorNotice, Notice } from '../ui/Notice.js';
import { Busy } from '../ui/Busy.js';

interface StrategyPickerProps {
  readonly result: UseQueryState<SearchQuery, SearchQueryVariables>;
  /** A node the URL asked for that cannot be traced (a contract, a site…). */
  readonly asked: string | null;
  readonly onPick: (id: string) => void;
}

export function StrategyPicker({ result, asked, onPick }: StrategyPickerProps) {
  return (
    <div className="landing">
      <h1>Strategy map</h1>
      <p className="lede">
        Choose a strategy to follow it down through its themes and projects to the systems they rely on, or
        search above (press <kbd>/</kbd>) for a system to see the strategies it serves.
      </p>
      {asked && (
        <Notice tone="info" title={`${asked} cannot be traced`}>
          The strategy map starts from a strategy, theme, project or system.
        </Notice>
      )}
      <div className="browse">
        <Busy active={result.fetching} label="Loading strategies…" />
        {result.error && <ErrorNotice title="Could not list the strategies" error={result.error} />}
        <ul className="browse-list">
          {result.data?.search.edges.map(({ node }) => (
            <li key={node.id}>
              <button type="button" className="link" onClick={() => onPick(node.id)}>
                <KindGlyph kind={node.kind} size={12} />
                {node.name}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
