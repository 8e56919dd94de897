// One per view: an error thrown while a view draws shows what went wrong and a way back,
// instead of React unmounting the whole page (a blank screen). The header and its tabs stay.
// Moving to another URL (a tab, Back) tries the view again.
import { Component, type ReactNode } from 'react';
import { readable } from '../api/errors.js';
import { Notice } from './Notice.js';

interface ViewBoundaryProps {
  /** The view's name, for the message. */
  readonly view: string;
  /** Changes when the URL does: a new URL gets a fresh try. */
  readonly resetKey: string;
  readonly children: ReactNode;
}

interface ViewBoundaryState {
  readonly error: Error | null;
  readonly key: string;
}

export class ViewBoundary extends Component<ViewBoundaryProps, ViewBoundaryState> {
  override state: ViewBoundaryState = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<ViewBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: ViewBoundaryProps, state: ViewBoundaryState) {
    return props.resetKey === state.key ? null : { error: null, key: props.resetKey };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="view view-error" data-testid="view-error">
        <Notice tone="error" title={`The ${this.props.view} view stopped`}>
          <p className="notice-message">{readable(error.message)}</p>
          <p>Nothing was changed. Go back to where you were, or try this view again.</p>
          <div className="row">
            <button type="button" className="primary" onClick={() => window.history.back()}>
              Go back
            </button>
            <button type="button" onClick={() => this.setState({ error: null })}>
              Try again
            </button>
          </div>
        </Notice>
      </div>
    );
  }
}
