// The canvas as a PNG file: the whole graph (not just the visible part), at twice the screen
// resolution, on white so it pastes cleanly into documents.
import type { Core } from 'cytoscape';
import { download, stamp } from '../ui/download.js';

export function exportPng(cy: Core | null, name: string): void {
  if (!cy || cy.elements().length === 0) return;
  const blob = cy.png({
    output: 'blob',
    full: true,
    scale: 2,
    bg: '#ffffff',
    maxWidth: 8000,
    maxHeight: 8000,
  });
  download(`${name}-${stamp()}.png`, blob);
}
