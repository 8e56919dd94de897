// True once `active` has stayed true for `ms`: progress shows only for work a person would notice,
// so quick answers do not flash a spinner.
import { useEffect, useState } from 'react';

export const PROGRESS_DELAY_MS = 300;

export function useDelayed(active: boolean, ms = PROGRESS_DELAY_MS): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!active) {
      setShown(false);
      return;
    }
    const timer = setTimeout(() => setShown(true), ms);
    return () => clearTimeout(timer);
  }, [active, ms]);
  return shown;
}
