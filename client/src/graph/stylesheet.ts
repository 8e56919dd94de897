// The Cytoscape stylesheet, from the kind and state looks. Big views follow the advice of
// Cytoscape's maintainers for drawing thousands of elements quickly: straight or haystack edges, no
// arrows or edge labels past a size, and labels hidden when zoomed out (min-zoomed-font-size).
import type { StylesheetJson } from 'cytoscape';
import { KIND_LOOK, NODE_KINDS } from './kinds.js';
import { STATE_LOOK } from './states.js';
import type { ImpactState } from '../generated/graphql.js';

export type GraphScale = 'small' | 'large' | 'huge';
/** `kind` colours nodes by kind; `state` by impact state (what-if), keeping each kind's shape. */
export type ColourMode = 'kind' | 'state';

/** Which drawing regime a view of this size needs. */
export function graphScale(nodes: number, edges: number): GraphScale {
  const elements = nodes + edges;
  if (elements > 3000) return 'huge';
  if (elements > 600) return 'large';
  return 'small';
}

const INK = '#1e293b';
const EDGE = '#94a3b8';
const FOCUS = '#0f172a';

/** The rings that mark how a second run differs from the first (scenarios side by side). */
export const DIFF_LOOK = {
  // Apart from every state's fill, so a ring reads on a red, orange or grey node alike.
  added: { colour: '#0891b2', style: 'solid' },
  spared: { colour: '#16a34a', style: 'solid' },
  changed: { colour: '#9333ea', style: 'double' },
} as const;

/** Labels sit below nodes, or to their right in left-to-right hierarchies. */
export type LabelPlacement = 'below' | 'right';

export function graphStylesheet(
  scale: GraphScale,
  mode: ColourMode,
  labels: LabelPlacement = 'below',
): StylesheetJson {
  const kinds = NODE_KINDS.map((kind) => ({
    selector: `node[kind = "${kind}"]`,
    style: {
      shape: KIND_LOOK[kind].shape,
      'background-color': mode === 'kind' ? KIND_LOOK[kind].colour : STATE_LOOK.UNAFFECTED.colour,
    },
  }));
  const states =
    mode === 'state'
      ? (Object.keys(STATE_LOOK) as ImpactState[]).map((state) => ({
          selector: `node[state = "${state}"]`,
          style: { 'background-color': STATE_LOOK[state].colour },
        }))
      : [];
  return [
    {
      selector: 'node',
      style: {
        width: scale === 'huge' ? 14 : 26,
        height: scale === 'huge' ? 14 : 26,
        label: scale === 'huge' ? '' : 'data(label)',
        'font-family': 'Inter, "Segoe UI", system-ui, sans-serif',
        'font-size': 10,
        color: INK,
        'text-valign': labels === 'below' ? 'bottom' : 'center',
        'text-halign': labels === 'below' ? 'center' : 'right',
        'text-margin-y': labels === 'below' ? 4 : 0,
        'text-margin-x': labels === 'below' ? 0 : 5,
        'text-wrap': 'ellipsis',
        'text-max-width': labels === 'below' ? '130px' : '180px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        // Labels smaller than this on screen are skipped: zoomed-out big graphs stay fast and legible.
        'min-zoomed-font-size': scale === 'small' ? 8 : 9,
        'border-width': 1.5,
        'border-color': '#ffffff',
        'overlay-padding': 4,
      },
    },
    ...kinds,
    ...states,
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'line-color': EDGE,
        'curve-style': scale === 'small' ? 'bezier' : scale === 'large' ? 'straight' : 'haystack',
        'target-arrow-shape': scale === 'huge' ? 'none' : 'triangle',
        'target-arrow-color': EDGE,
        'source-arrow-color': EDGE,
        'arrow-scale': 0.8,
        // Edge labels only where the reader is looking: the selected node's edges and explanations.
        label: '',
        'font-size': 9,
        color: '#64748b',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'min-zoomed-font-size': 9,
      },
    },
    // Drawn target-to-source for the top-down order; the arrow stays at the real target.
    {
      selector: 'edge.flipped',
      style: { 'target-arrow-shape': 'none', 'source-arrow-shape': scale === 'huge' ? 'none' : 'triangle' },
    },
    {
      selector: 'node.root',
      style: {
        width: 38,
        height: 38,
        'border-width': 3,
        'border-color': FOCUS,
        'font-size': 12,
        'font-weight': 'bold',
        'text-max-width': '220px',
      },
    },
    {
      selector: 'edge.lit',
      style: {
        width: 2,
        'line-color': '#475569',
        'target-arrow-color': '#475569',
        'source-arrow-color': '#475569',
        color: '#334155',
        'z-index': 9,
      },
    },
    // Labels on a chosen node's edges when there are few (GraphCanvas), and on the one hovered.
    {
      selector: 'edge.lit.named, edge.hover',
      style: { label: scale === 'huge' ? '' : 'data(label)', 'z-index': 9 },
    },
    {
      selector: 'node.expanded',
      style: { 'border-width': 3, 'border-style': 'double', 'border-color': FOCUS },
    },
    {
      selector: 'node.event',
      style: { 'border-width': 4, 'border-color': FOCUS, 'font-weight': 'bold', width: 34, height: 34 },
    },
    {
      selector: 'node:selected',
      style: { 'overlay-color': '#2563eb', 'overlay-opacity': 0.18, 'font-weight': 'bold', 'z-index': 10 },
    },
    // The full name of the node under the pointer or chosen (by click or keyboard), above the rest.
    {
      selector: 'node.hover, node:selected',
      style: {
        label: 'data(label)',
        'text-wrap': 'wrap',
        'text-max-width': '260px',
        'text-background-opacity': 1,
        'z-index': 30,
      },
    },
    // A fan-out drawn as one node (fan-out.ts): bigger, ringed, its count always readable.
    {
      selector: 'node.group',
      style: {
        width: 34,
        height: 34,
        'border-width': 3,
        'border-style': 'double',
        'border-color': INK,
        'font-weight': 'bold',
      },
    },
    { selector: 'node.group-open', style: { 'border-style': 'dashed', opacity: 0.85 } },
    // Layout only: pulls an opened group's members to it; never seen, never lit, never hovered.
    { selector: 'edge.tether', style: { visibility: 'hidden', events: 'no' } },
    // Added by the last expand: marked until the next change.
    {
      selector: 'node.new',
      style: { 'border-width': 3, 'border-style': 'dashed', 'border-color': '#2563eb' },
    },
    ...(Object.keys(DIFF_LOOK) as (keyof typeof DIFF_LOOK)[]).map((mark) => ({
      selector: `node.diff-${mark}`,
      style: {
        'border-width': 5,
        'border-color': DIFF_LOOK[mark].colour,
        'border-style': DIFF_LOOK[mark].style,
      },
    })),
    { selector: '.faded', style: { opacity: 0.18 } },
    { selector: 'node.chain', style: { 'border-width': 3, 'border-color': FOCUS, 'z-index': 20 } },
    {
      selector: 'edge.chain',
      style: {
        width: 3.5,
        'line-color': FOCUS,
        'target-arrow-color': FOCUS,
        'source-arrow-color': FOCUS,
        label: 'data(label)',
        'font-size': 10,
        color: FOCUS,
        'z-index': 20,
      },
    },
  ];
}
