// Everything a person would want to share about a view lives in the URL: the view (the path),
// the node, the expanded set, filters, layout, the what-if events or scenario, the contracts
// window. parseUrl and formatUrl are inverse: formatUrl writes only what differs from the
// defaults, and ids keep their readable `kind:slug` form (':' and ',' are legal in a query).
import type { NodeKind, RelationshipType } from '../generated/graphql.js';
import { isNodeKind, isRelationshipType } from '../graph/kinds.js';
import { FAN_OUT_THRESHOLD } from '../graph/fan-out.js';
import { LAYOUT_NAMES, type LayoutName } from '../graph/layouts.js';
import { decodeEvent, encodeEvent, type WhatIfEvent } from '../whatif/events.js';

export const VIEWS = [
  'explore',
  'what-if',
  'contracts',
  'strategy',
  'quality',
  'import',
  'metamodel',
] as const;
export type View = (typeof VIEWS)[number];

export const WINDOW_MONTHS = [6, 12, 24] as const;
export type ContractWindow =
  { readonly months: (typeof WINDOW_MONTHS)[number] } | { readonly from: string; readonly to: string };

export interface UrlState {
  readonly view: View;
  /** Explorer root, or the strategy map's starting node. */
  readonly node: string | null;
  /** The node whose details are open (explorer), or whose explanation is shown (what-if). */
  readonly selected: string | null;
  /** The node whose edit form is open in the explorer (a data-quality fix links to it). */
  readonly edit: string | null;
  readonly expanded: readonly string[];
  readonly depth: number;
  readonly hiddenKinds: readonly NodeKind[];
  readonly hiddenTypes: readonly RelationshipType[];
  readonly layout: LayoutName;
  /** Show the accessible table instead of the canvas. */
  readonly table: boolean;
  readonly events: readonly WhatIfEvent[];
  readonly scenario: string | null;
  /** A second scenario to compare the first with. */
  readonly compare: string | null;
  /** The day every view reads the graph as at; null: today (the what-if's default day is the server's:
   *  a contract's lapse is seen the day after its end). */
  readonly asAt: string | null;
  readonly window: ContractWindow;
  /** More neighbours than this, of one kind over one type, are drawn as one group node. */
  readonly fanOut: number;
}

export const DEFAULT_STATE: UrlState = {
  view: 'explore',
  node: null,
  selected: null,
  edit: null,
  expanded: [],
  depth: 1,
  hiddenKinds: [],
  hiddenTypes: [],
  layout: 'force',
  table: false,
  events: [],
  scenario: null,
  compare: null,
  asAt: null,
  window: { months: 12 },
  fanOut: FAN_OUT_THRESHOLD,
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The paths that are pages: `/` and each view (with anything under it). Anything else is answered "not found" (the
 *  server's fallback in server/src/app/http-server.ts lists the same paths). */
export function isPagePath(pathname: string): boolean {
  const path = pathname.replace(/^\/+|\/+$/g, '');
  // Like parseUrl, the first segment names the view; anything after it is ignored.
  return path === '' || (VIEWS as readonly string[]).includes(path.split('/')[0]!);
}
const list = (value: string | null): string[] => (value ? value.split(',').filter(Boolean) : []);
const unique = <T>(values: T[]): T[] => [...new Set(values)];

export function parseUrl(pathname: string, search: string): UrlState {
  const q = new URLSearchParams(search);
  const segment = pathname.replace(/^\/+|\/+$/g, '').split('/')[0] ?? '';
  const view = (VIEWS as readonly string[]).includes(segment) ? (segment as View) : DEFAULT_STATE.view;
  const depth = Number(q.get('depth'));
  const layout = q.get('layout');
  const from = q.get('from');
  const to = q.get('to');
  const months = Number(q.get('months'));
  const asAt = q.get('asAt');
  const fanOut = Number(q.get('fanOut'));
  return {
    view,
    node: q.get('node') || null,
    selected: q.get('sel') || null,
    edit: q.get('edit') || null,
    expanded: unique(list(q.get('expand'))),
    depth: Number.isInteger(depth) && depth >= 1 && depth <= 3 ? depth : DEFAULT_STATE.depth,
    hiddenKinds: unique(list(q.get('hideKinds')).filter(isNodeKind)),
    hiddenTypes: unique(list(q.get('hideTypes')).filter(isRelationshipType)),
    layout: (LAYOUT_NAMES as readonly string[]).includes(layout ?? '')
      ? (layout as LayoutName)
      : DEFAULT_STATE.layout,
    table: q.get('table') === '1',
    events: q.getAll('e').flatMap((token) => decodeEvent(token) ?? []),
    scenario: q.get('scenario') || null,
    compare: q.get('compare') || null,
    asAt: asAt && DATE.test(asAt) ? asAt : null,
    window:
      from && to && DATE.test(from) && DATE.test(to)
        ? { from, to }
        : (WINDOW_MONTHS as readonly number[]).includes(months)
          ? { months: months as (typeof WINDOW_MONTHS)[number] }
          : DEFAULT_STATE.window,
    fanOut: q.has('fanOut') && Number.isInteger(fanOut) && fanOut >= 2 ? fanOut : DEFAULT_STATE.fanOut,
  };
}

const encode = (value: string) => encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2C/gi, ',');

export function formatUrl(state: UrlState): string {
  const pairs: [string, string][] = [];
  const put = (key: string, value: string | null | undefined) => {
    if (value) pairs.push([key, value]);
  };
  put('node', state.node);
  put('sel', state.selected);
  put('edit', state.edit);
  put('expand', state.expanded.join(','));
  if (state.depth !== DEFAULT_STATE.depth) put('depth', String(state.depth));
  put('hideKinds', state.hiddenKinds.join(','));
  put('hideTypes', state.hiddenTypes.join(','));
  if (state.layout !== DEFAULT_STATE.layout) put('layout', state.layout);
  if (state.table) put('table', '1');
  for (const event of state.events) put('e', encodeEvent(event));
  put('scenario', state.scenario);
  put('compare', state.compare);
  put('asAt', state.asAt);
  if ('from' in state.window) {
    put('from', state.window.from);
    put('to', state.window.to);
  } else if (state.window.months !== 12) put('months', String(state.window.months));
  if (state.fanOut !== DEFAULT_STATE.fanOut) put('fanOut', String(state.fanOut));
  const query = pairs.map(([k, v]) => `${k}=${encode(v)}`).join('&');
  return `/${state.view}${query ? `?${query}` : ''}`;
}
