// The page's entry point: the GraphQL client (for the stored token, if any), the styles, and the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/ApiProvider.js';
import { App } from './App.js';
import './styles.css';
import './editing/editing.css';
import './editing/history.css';
import './ui/access-menu.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiProvider>
      <App />
    </ApiProvider>
  </StrictMode>,
);
