import { describe, expect, it } from 'vitest';
import type { StylesheetStyle } from 'cytoscape';
import { KIND_LOOK, NODE_KINDS } from './kinds.js';
import { STATE_LOOK } from './states.js';
import { graphScale, graphStylesheet } from './stylesheet.js';

const rule = (sheet: ReturnType<typeof graphStylesheet>, selector: string) =>
  (sheet as StylesheetStyle[]).find((r) => r.selector === selector)?.style as
    Record<string, unknown> | undefined;

describe('style mapping', () => {
  it('gives every kind its own shape and its own colour', () => {
    const shapes = NODE_KINDS.map((k) => KIND_LOOK[k].shape);
    const colours = NODE_KINDS.map((k) => KIND_LOOK[k].colour);
    expect(new Set(shapes).size).toBe(NODE_KINDS.length);
    expect(new Set(colours).size).toBe(NODE_KINDS.length);
  });

  it('colours nodes by kind in the explorer', () => {
    const sheet = graphStylesheet('small', 'kind');
    expect(rule(sheet, 'node[kind = "Contract"]')).toEqual({
      shape: 'rhomboid',
      'background-color': '#047857',
    });
    expect(rule(sheet, 'node[state = "DOWN"]')).toBeUndefined();
  });

  it('colours nodes by state in what-if, keeping the kind shapes', () => {
    const sheet = graphStylesheet('small', 'state');
    expect(rule(sheet, 'node[kind = "System"]')).toEqual({
      shape: 'ellipse',
      'background-color': STATE_LOOK.UNAFFECTED.colour,
    });
    expect(rule(sheet, 'node[state = "DOWN"]')).toEqual({ 'background-color': '#dc2626' });
    expect(rule(sheet, 'node[state = "DEGRADED"]')).toEqual({ 'background-color': '#f97316' });
    expect(rule(sheet, 'node[state = "AT_RISK"]')).toEqual({ 'background-color': '#facc15' });
    // State rules come after kind rules, so they win.
    const selectors = (sheet as StylesheetStyle[]).map((r) => r.selector);
    expect(selectors.indexOf('node[state = "DOWN"]')).toBeGreaterThan(
      selectors.indexOf('node[kind = "System"]'),
    );
  });

  it('draws big graphs the cheap way: straight, then haystack edges without arrows or labels', () => {
    expect(graphScale(100, 150)).toBe('small');
    expect(graphScale(400, 600)).toBe('large');
    expect(graphScale(2000, 8000)).toBe('huge');
    expect(rule(graphStylesheet('small', 'kind'), 'edge')?.['curve-style']).toBe('bezier');
    expect(rule(graphStylesheet('large', 'kind'), 'edge')?.['curve-style']).toBe('straight');
    const huge = rule(graphStylesheet('huge', 'kind'), 'edge')!;
    expect(huge['curve-style']).toBe('haystack');
    expect(huge['target-arrow-shape']).toBe('none');
    expect(rule(graphStylesheet('huge', 'kind'), 'node')?.label).toBe('');
    expect(rule(graphStylesheet('large', 'kind'), 'node')?.['min-zoomed-font-size']).toBe(9);
  });

  it('puts labels to the right in left-to-right hierarchies', () => {
    const node = rule(graphStylesheet('small', 'kind', 'right'), 'node')!;
    expect(node['text-halign']).toBe('right');
    expect(node['text-valign']).toBe('center');
  });
});
