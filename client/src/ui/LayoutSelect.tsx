// The layout choice: force-directed or hierarchical.
import { LAYOUT_LABELS, LAYOUT_NAMES, type LayoutName } from '../graph/layouts.js';

export function LayoutSelect({
  value,
  onChange,
}: {
  value: LayoutName;
  onChange: (layout: LayoutName) => void;
}) {
  return (
    <label className="field-inline">
      Layout
      <select value={value} onChange={(e) => onChange(e.target.value as LayoutName)}>
        {LAYOUT_NAMES.map((name) => (
          <option key={name} value={name}>
            {LAYOUT_LABELS[name]}
          </option>
        ))}
      </select>
    </label>
  );
}
