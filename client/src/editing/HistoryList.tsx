// The node's change history in the detail panel, newest first: what happened (created, updated,
// linked, unlinked), who did it and when, and for updates each changed field as before → after.
// Long histories (a seeded node has one entry per relationship) show the newest few first.
import { useState } from 'react';
import { useQuery } from 'urql';
import { useRelationshipReadings } from '../api/use-relationship-readings.js';
import { describeError } from '../api/errors.js';
import { changedFields, describeChange } from './history-diff.js';
import { NodeHistoryQuery } from './queries.js';

const FIRST = 20;
const SHOWN = 6;
const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

const when = (at: string) => {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : WHEN.format(date);
};

interface HistoryListProps {
  readonly id: string;
  /** Names of the nodes the panel knows (its neighbours); others, deleted ones say, show their id. */
  readonly nameOf?: (id: string) => string;
}

export function HistoryList({ id, nameOf }: HistoryListProps) {
  // Change is named so that an edit's cache invalidation reaches an empty history too.
  const [{ data, error }] = useQuery({
    query: NodeHistoryQuery,
    variables: { id, first: FIRST },
    context: CONTEXT,
  });
  const readings = useRelationshipReadings();
  const [all, setAll] = useState(false);
  const items = data?.node.history.edges.map((e) => e.node) ?? [];
  const shown = all ? items : items.slice(0, SHOWN);

  return (
    <section aria-labelledby="detail-history" data-testid="history">
      <h3 id="detail-history">
        History{' '}
        <span className="count">{data ? `${items.length}${items.length === FIRST ? '+' : ''}` : '…'}</span>
      </h3>
      {error && <p className="error-text">Could not read the history: {describeError(error).message}</p>}
      {data && items.length === 0 && <p className="muted">No changes recorded.</p>}
      <ol className="history">
        {shown.map((c) => {
          const fields = c.action === 'UPDATE' ? changedFields(c.before, c.after) : [];
          return (
            <li key={`${c.version}-${c.index}`} className={`history-${c.action}`} data-action={c.action}>
              <div className="history-what">{describeChange(c, id, readings, nameOf)}</div>
              <div className="history-who">
                {c.actor} · <time dateTime={c.at}>{when(c.at)}</time>
              </div>
              {fields.length > 0 && (
                <ul className="history-fields">
                  {fields.map((f) => (
                    <li key={f.field}>
                      <span className="history-label">{f.label}:</span> <del>{f.before}</del> →{' '}
                      <ins>{f.after}</ins>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      {items.length > SHOWN && (
        <button type="button" className="link" onClick={() => setAll(!all)}>
          {all ? 'Show the newest only' : `Show all ${items.length}`}
        </button>
      )}
    </section>
  );
}

const CONTEXT = { additionalTypenames: ['Change'] };
