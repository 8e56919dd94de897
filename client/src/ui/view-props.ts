// What every view receives: the URL's state and the way to change it.
import type { Navigate } from '../url/use-url-state.js';
import type { UrlState } from '../url/url-state.js';

export interface ViewProps {
  readonly state: UrlState;
  readonly navigate: Navigate;
}
