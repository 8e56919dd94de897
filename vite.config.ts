// Builds the client (client/) into dist/client, which the server serves beside /graphql.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    // Cytoscape and its layouts are most of the ~900 kB bundle, and every view draws a graph at
    // once, so splitting would not make the first paint sooner; one cached file is simpler.
    chunkSizeWarningLimit: 1200,
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
