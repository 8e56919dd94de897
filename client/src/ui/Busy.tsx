// A progress bar and a sentence, shown over a pane when work there has taken more than ~300 ms
// (or at once, when the caller knows the work is long and will block the page).
import { useDelayed } from './use-delayed.js';

export function Busy({
  active,
  label,
  immediate = false,
}: {
  active: boolean;
  label: string;
  immediate?: boolean;
}) {
  const shown = useDelayed(active, immediate ? 0 : undefined);
  if (!active || (!shown && !immediate)) return null;
  return (
    <div className="busy" role="status" aria-live="polite">
      <div className="busy-bar" />
      <span className="busy-label">{label}</span>
    </div>
  );
}
