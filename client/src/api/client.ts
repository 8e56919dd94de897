// The urql client: one per page and token, POST only (Apollo Server refuses GET queries without a
// CSRF header), with urql's document cache so revisiting a node or a run answers at once. The
// token, when there is one, goes with every request; a new token means a new client and cache,
// since what the server answers can depend on who asks.
import { Client, cacheExchange, fetchExchange } from 'urql';
import { authHeaders } from './token.js';

export function createApiClient(url = '/graphql', token: string | null = null): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'cache-first',
    fetchOptions: { headers: authHeaders(token) },
  });
}
