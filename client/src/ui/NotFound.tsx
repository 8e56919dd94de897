// A path that is no page of the explorer (the server answers it with 404 and this page).
import type { View } from '../url/url-state.js';
import { Notice } from './Notice.js';

export function NotFound({ path, onOpen }: { path: string; onOpen: (view: View) => void }) {
  return (
    <div className="view view-error" data-testid="not-found">
      <Notice tone="error" title="There is no page here">
        <p className="notice-message">
          Nothing lives at <span className="code">{path}</span>: the link may be mistyped or out of date.
        </p>
        <p>
          <a
            href="/explore"
            onClick={(e) => {
              e.preventDefault();
              onOpen('explore');
            }}
          >
            Go to the explorer
          </a>{' '}
          and search for what you were looking for.
        </p>
      </Notice>
    </div>
  );
}
