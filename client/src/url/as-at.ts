// The page's one as-at date, shared with everything that reads the graph. The header's control
// sets it in the URL; the views and the hooks below them read it here rather than each taking it
// as a prop, so no read can forget it.
import { createContext, useContext } from 'react';

/** Today as YYYY-MM-DD in UTC, the calendar the server's dates use. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The URL's as-at date, null when it names none (the default: today). */
export const AsAtContext = createContext<string | null>(null);

/** The day to read the graph as at: the URL's, else today. */
export function useAsAt(): string {
  return useContext(AsAtContext) ?? today();
}
