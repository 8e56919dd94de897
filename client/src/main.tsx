// The page's entry point: the GraphQL client, the styles, and the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import { createApiClient } from './api/client.js';
import { App } from './App.js';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Provider value={createApiClient()}>
      <App />
    </Provider>
  </StrictMode>,
);
