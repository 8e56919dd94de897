// Builds the client (client/) into dist/client, which the server serves beside /graphql.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: { outDir: '../dist/client', emptyOutDir: true },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
