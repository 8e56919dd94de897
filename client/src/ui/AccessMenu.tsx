// Who the page acts as, at the right of the header. In development mode the server has no sign-in
// and everyone may edit: a label says so plainly. Otherwise a small settings menu takes an API
// token (kept in this browser) and says what it allows; without one the page is read-only.
import { useRef, useState } from 'react';
import { useToken } from '../api/ApiProvider.js';
import { describeError } from '../api/errors.js';
import { useMe } from '../api/use-me.js';

export function AccessMenu() {
  const { me, error } = useMe();
  const { token, setToken } = useToken();
  const [draft, setDraft] = useState('');
  const menu = useRef<HTMLDetailsElement>(null);

  if (me?.development) {
    return (
      <span className="access-dev" role="note" data-testid="development-mode">
        Development mode: <span className="nowrap">no sign-in,</span> everyone can edit
      </span>
    );
  }
  const summary = error
    ? 'Token refused'
    : !me
      ? '…'
      : me.role
        ? `${me.name} · ${me.role}`
        : 'Read only · sign in';
  return (
    <details className="menu access-menu" data-testid="access-menu" ref={menu}>
      <summary className={error ? 'access-refused' : undefined}>{summary}</summary>
      <form
        className="menu-body access-body"
        onSubmit={(e) => {
          e.preventDefault();
          setToken(draft);
          setDraft('');
          if (menu.current) menu.current.open = false; // the summary then says who we are
        }}
      >
        {error && <p className="error-text">{describeError(error).message}</p>}
        {me && (
          <p className="hint">
            {me.canEdit
              ? `Signed in as ${me.name}: you may edit${me.canImport ? ', import and back up' : ''}.`
              : me.role
                ? `Signed in as ${me.name}, a ${me.role}: reading only.`
                : 'No token: reading only. An editor’s token turns on editing.'}
          </p>
        )}
        <label className="field-stack">
          API token
          <input
            type="password"
            autoComplete="off"
            value={draft}
            placeholder={token ? 'A token is stored; paste another to replace it' : 'Paste your token'}
            onChange={(e) => setDraft(e.target.value)}
          />
        </label>
        <p className="hint">Kept in this browser only and sent as “Authorization: Bearer …”.</p>
        <div className="row">
          <button type="submit" className="primary" disabled={!draft.trim()}>
            Use token
          </button>
          {token && (
            <button
              type="button"
              onClick={() => {
                setToken(null);
                if (menu.current) menu.current.open = false;
              }}
            >
              Forget token
            </button>
          )}
        </div>
      </form>
    </details>
  );
}
