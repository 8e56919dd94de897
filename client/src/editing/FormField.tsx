// One labelled form control with its help text and, after a refused save, the server's message
// for it right beneath, tied to the control for screen readers (aria-invalid, aria-describedby).
import { useId, type ReactNode } from 'react';

export interface ControlProps {
  readonly id: string;
  readonly 'aria-invalid': boolean;
  readonly 'aria-describedby': string | undefined;
}

interface FormFieldProps {
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  /** A key tests and styles can find the field by (the form field key, e.g. `rtoHours`). */
  readonly name: string;
  /** For a composite control with labels of its own (a search box): a labelled group, not a label. */
  readonly group?: boolean;
  readonly children: (control: ControlProps) => ReactNode;
}

export function FormField({ label, hint, error, name, group = false, children }: FormFieldProps) {
  const id = useId();
  const described = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return (
    <div
      className={error ? 'form-field invalid' : 'form-field'}
      data-field={name}
      {...(group
        ? { role: 'group', 'aria-labelledby': `${id}-label`, 'aria-describedby': described || undefined }
        : {})}
    >
      {group ? (
        <span className="form-label" id={`${id}-label`}>
          {label}
        </span>
      ) : (
        <label htmlFor={id}>{label}</label>
      )}
      {children({ id, 'aria-invalid': !!error, 'aria-describedby': described || undefined })}
      {error && (
        <p className="field-error" id={`${id}-error`} data-testid={`error-${name}`}>
          {error}
        </p>
      )}
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
