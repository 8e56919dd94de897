// A control for one of the kind's own fields, chosen by the metamodel's type name: a list for
// enums and yes/no (Boolean) fields, a number field for Int and Float, a date-shaped text field for PartialDate, else text.
// The metamodel's doc for the field is its help text.
import { fieldLabel } from '../explorer/fields.js';
import { FormField } from './FormField.js';
import type { FieldInfo } from './metamodel.js';

interface KindFieldProps {
  readonly field: FieldInfo;
  readonly value: string;
  readonly error?: string | undefined;
  readonly onChange: (value: string) => void;
}

const words = (value: string) => {
  const w = value.toLowerCase().replace(/_/g, ' ');
  return w.charAt(0).toUpperCase() + w.slice(1);
};

export function KindField({ field, value, error, onChange }: KindFieldProps) {
  return (
    <FormField label={fieldLabel(field.name)} hint={field.doc} error={error} name={field.name}>
      {(control) =>
        field.type === 'Boolean' ? (
          <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
            <option value="">—</option>
            <option value="true">Yes</option>
            <option value="false">No</option>
          </select>
        ) : field.enumValues ? (
          <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
            <option value="">—</option>
            {field.enumValues.map((v) => (
              <option key={v} value={v}>
                {words(v)}
              </option>
            ))}
          </select>
        ) : (
          <input
            {...control}
            type="text"
            // Text, not type=number: what was typed reaches the check, rather than a silent blank.
            inputMode={field.type === 'Int' ? 'numeric' : field.type === 'Float' ? 'decimal' : undefined}
            placeholder={field.type === 'PartialDate' ? 'YYYY, YYYY-MM or YYYY-MM-DD' : undefined}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </FormField>
  );
}
