// Provides the urql client for the token in use, and a way to change the token: the header's
// settings field calls setToken, which stores it and swaps the client, so every view reads again
// as the new person.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { Provider } from 'urql';
import { createApiClient } from './client.js';
import { readToken, storeToken } from './token.js';

interface TokenState {
  readonly token: string | null;
  readonly setToken: (token: string | null) => void;
}

const TokenContext = createContext<TokenState>({ token: null, setToken: () => {} });

export function ApiProvider({ children }: { children: ReactNode }) {
  const [token, setTokenState] = useState(readToken);
  const client = useMemo(() => createApiClient('/graphql', token), [token]);
  const state = useMemo<TokenState>(
    () => ({
      token,
      setToken: (next) => {
        const clean = next?.trim() || null;
        storeToken(clean);
        setTokenState(clean);
      },
    }),
    [token],
  );
  return (
    <TokenContext.Provider value={state}>
      <Provider value={client}>{children}</Provider>
    </TokenContext.Provider>
  );
}

export const useToken = (): TokenState => useContext(TokenContext);
