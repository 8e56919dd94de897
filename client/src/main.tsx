// The page's entry point. The explorer, what-if, contracts and strategy views arrive with #5;
// this first page shows what the store holds and finds nodes by name.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
