// The API token a person pastes into the header's settings, kept in localStorage so it survives
// a reload. Only this browser holds it; it goes to the server as `Authorization: Bearer …`.
const KEY = 'explorer.apiToken';

export function readToken(): string | null {
  try {
    return window.localStorage.getItem(KEY) || null;
  } catch {
    return null; // storage refused (private mode, policy): the page still reads
  }
}

export function storeToken(token: string | null): void {
  try {
    if (token) window.localStorage.setItem(KEY, token);
    else window.localStorage.removeItem(KEY);
  } catch {
    // Not kept across reloads, but still used for this page's client.
  }
}

/** The request headers a token implies (none without one). */
export function authHeaders(token: string | null): Record<string, string> {
  return token ? { Authorization: `Bearer ${token}` } : {};
}
