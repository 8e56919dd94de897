// The urql client: one per page, POST only (Apollo Server refuses GET queries without a CSRF
// header), with urql's document cache so revisiting a node or a run answers at once.
import { Client, cacheExchange, fetchExchange } from 'urql';

export function createApiClient(url = '/graphql'): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    requestPolicy: 'cache-first',
  });
}
