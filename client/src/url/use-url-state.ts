// The URL as React state: reading subscribes to history changes (back and forward included);
// writing pushes a history entry, or replaces the current one for changes not worth a Back step.
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { formatUrl, parseUrl, type UrlState } from './url-state.js';

const CHANGE = 'explorer:urlchange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

export type Navigate = (
  change: Partial<UrlState> | ((state: UrlState) => Partial<UrlState>),
  options?: { replace?: boolean },
) => void;

export function navigateTo(state: UrlState, options: { replace?: boolean } = {}): void {
  const url = formatUrl(state);
  if (url === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(CHANGE));
}

export function useUrlState(): [UrlState, Navigate] {
  const href = useSyncExternalStore(subscribe, snapshot);
  const state = useMemo(() => {
    const url = new URL(href, window.location.origin);
    return parseUrl(url.pathname, url.search);
  }, [href]);
  const navigate = useCallback<Navigate>((change, options) => {
    const current = parseUrl(window.location.pathname, window.location.search);
    const patch = typeof change === 'function' ? change(current) : change;
    navigateTo({ ...current, ...patch }, options);
  }, []);
  return [state, navigate];
}
