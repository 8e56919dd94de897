import { describe, expect, it } from 'vitest';
import { DAGRE_UP_TO, DRAFT_ABOVE, layoutOptions } from './layouts.js';

const opts = (o: object) => o as Record<string, unknown>;

describe('layout options', () => {
  it('runs fcose at draft quality above 500 nodes, and without animation', () => {
    expect(opts(layoutOptions('force', { nodes: 100 }))).toMatchObject({ name: 'fcose', quality: 'default' });
    expect(opts(layoutOptions('force', { nodes: DRAFT_ABOVE + 1 }))).toMatchObject({
      name: 'fcose',
      quality: 'draft',
      animate: false,
      packComponents: true,
    });
  });

  it('keeps positions after an expand', () => {
    expect(opts(layoutOptions('force', { nodes: 40, incremental: true })).randomize).toBe(false);
    expect(opts(layoutOptions('force', { nodes: 40 })).randomize).toBe(true);
  });

  it('uses dagre for hierarchies up to a few hundred nodes, breadthfirst beyond', () => {
    expect(opts(layoutOptions('hierarchy', { nodes: 50, direction: 'LR' }))).toMatchObject({
      name: 'dagre',
      rankDir: 'LR',
    });
    expect(opts(layoutOptions('hierarchy', { nodes: DAGRE_UP_TO + 1 })).name).toBe('breadthfirst');
  });
});
