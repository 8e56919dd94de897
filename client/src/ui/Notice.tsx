// Empty and error states: what happened, and what to do about it. Never a blank pane.
import type { ReactNode } from 'react';
import { describeError, remedy } from '../api/errors.js';
import type { CombinedError } from 'urql';

interface NoticeProps {
  readonly tone: 'empty' | 'error' | 'info';
  readonly title: string;
  readonly children?: ReactNode;
}

export function Notice({ tone, title, children }: NoticeProps) {
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'note'}>
      <strong className="notice-title">{title}</strong>
      {children && <div className="notice-body">{children}</div>}
    </div>
  );
}

/** An API error with the server's message, its code and a remedy. */
export function ErrorNotice({ title, error }: { title: string; error: CombinedError | Error }) {
  const problem = describeError(error);
  return (
    <Notice tone="error" title={title}>
      <p className="notice-message">{problem.message}</p>
      <p>
        {remedy(problem.code)} <span className="code">{problem.code}</span>
      </p>
    </Notice>
  );
}
