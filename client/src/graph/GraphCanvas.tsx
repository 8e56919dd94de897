// The Cytoscape canvas. It owns one Cytoscape instance for its lifetime, brings it to each new
// graph in one batch, runs the chosen layout (incrementally after an expand), and reports taps
// and double-taps. Long layouts show progress: for big graphs the bar is painted before the
// layout starts, since a synchronous layout would block the timer that reveals it.
import type { Core, EdgeSingular, ElementDefinition, Layouts, NodeSingular } from 'cytoscape';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { cytoscape } from './cytoscape.js';
import { toElements } from './elements.js';
import type { GraphData, GraphNode } from './graph-data.js';
import { kindLook } from './kinds.js';
import { STATE_LOOK } from './states.js';
import { layoutOptions, type LayoutName } from './layouts.js';
import { graphScale, graphStylesheet, type ColourMode } from './stylesheet.js';
import { syncElements } from './sync-elements.js';
import { withSeededRandom } from './seeded-random.js';
import { Busy } from '../ui/Busy.js';
import { Notice } from '../ui/Notice.js';
import { layeredPositions } from './elk-layout.js';
import { groupReading, memberPlacement, type FanOutGroup } from './fan-out.js';

export interface CanvasHighlight {
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
}

export interface Position {
  readonly x: number;
  readonly y: number;
}

export interface GraphCanvasProps {
  readonly graph: GraphData;
  readonly layout: LayoutName;
  readonly direction?: 'TB' | 'LR';
  readonly mode: ColourMode;
  readonly label: string;
  readonly nodeClasses?: (node: GraphNode) => readonly string[];
  readonly selected?: string | null;
  readonly highlight?: CanvasHighlight | null;
  /** A change re-runs the layout from scratch (a new root, a new run). */
  readonly layoutKey?: string;
  readonly onSelect?: (id: string | null) => void;
  readonly onExpand?: (id: string) => void;
  readonly onReady?: (cy: Core | null) => void;
  /** Positions to draw at instead of laying out (a second pane drawn on the first one's layout). */
  readonly positions?: ReadonlyMap<string, Position> | null;
  /** Where each node ended up, after every layout. */
  readonly onLaidOut?: (positions: ReadonlyMap<string, Position>) => void;
  /** Fan-outs drawn as group nodes (use-fan-outs): a click, Enter or Space opens or closes one. */
  readonly groups?: {
    readonly groups: ReadonlyMap<string, FanOutGroup>;
    readonly isGroup: (id: string) => boolean;
    readonly toggle: (id: string) => void;
  };
  /** Overlays: legend, notices. */
  readonly children?: ReactNode;
}

/** Above this many nodes the progress bar is painted before the layout runs. */
const PAINT_FIRST_ABOVE = 250;

const MAX_ZOOM = 4;
/** On-screen size of the labels that are always shown, in pixels. */
const LABEL_PX = 12;
/** Past this (in model units) a zoomed-out label would cover its neighbours. */
const LABEL_MAX_MODEL_PX = 40;
/** How many of the best-connected nodes keep their label at every zoom. */
const PRIORITY_LABELS = 12;
/** A chosen node's relationships are labelled on the canvas up to this many. */
const EDGE_LABELS_UP_TO = 6;
const FIT_MAX_ZOOM = 1.25;

export function GraphCanvas(props: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const running = useRef<Layouts | null>(null);
  /** Work waiting for the current layout to finish (fitting to a highlight, say). */
  const afterLayout = useRef<(() => void) | null>(null);
  const laidOut = useRef(true);
  const last = useRef<{ layout: string; key: string; positions?: unknown }>({ layout: '', key: '' });
  const handlers = useRef(props);
  handlers.current = props;
  const [laying, setLaying] = useState<{ nodes: number; now: boolean } | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  /** A group node chosen by keyboard or click: groups are not nodes the view can select. */
  const [cursor, setCursor] = useState<string | null>(null);

  const {
    graph,
    nodeClasses,
    layout,
    direction,
    mode,
    layoutKey = '',
    selected,
    highlight,
    positions,
    groups,
  } = props;
  const elements = useMemo(() => {
    const fanOuts = groups?.groups;
    if (!fanOuts?.size) return toElements(graph, { nodeClasses });
    const classes = (n: GraphNode) => {
      const group = fanOuts.get(n.id);
      const own = nodeClasses?.(n) ?? [];
      return group ? [...own, 'group', ...(group.open ? ['group-open'] : [])] : own;
    };
    // An opened group's members start beside the group node, not on a random side of the anchor.
    // Unseen tethers from the group to its members keep them beside it through the force layout.
    const near = memberPlacement(fanOuts);
    const tethers: ElementDefinition[] = [...near].map(([member, group]) => ({
      group: 'edges',
      data: { id: `${group}|tether|${member}`, source: group, target: member },
      classes: 'tether',
    }));
    const drawn = toElements(graph, { nodeClasses: classes }).map((e) => {
      const beside = e.group === 'nodes' ? near.get(String(e.data.id)) : undefined;
      return beside ? { ...e, data: { ...e.data, near: beside } } : e;
    });
    return [...drawn, ...tethers];
  }, [graph, nodeClasses, groups]);
  const scale = graphScale(graph.nodes.length, graph.edges.length);

  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      minZoom: 0.05,
      maxZoom: MAX_ZOOM,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    cy.on('tap', 'node', (e) => {
      const id = (e.target as NodeSingular).id();
      const fanOuts = handlers.current.groups;
      if (fanOuts?.isGroup(id)) {
        setCursor(id);
        fanOuts.toggle(id);
      } else {
        setCursor(null);
        handlers.current.onSelect?.(id);
      }
    });
    cy.on('tap', (e) => {
      if (e.target !== cy) return;
      setCursor(null);
      handlers.current.onSelect?.(null);
    });
    cy.on('dbltap', 'node', (e) => {
      const id = (e.target as NodeSingular).id();
      // Each tap of a double-click already toggled: a third toggle leaves it as one click would.
      if (handlers.current.groups?.isGroup(id)) handlers.current.groups.toggle(id);
      else handlers.current.onExpand?.(id);
    });
    // Labels that must be read at any zoom (the focus, what was expanded or failed, a group's count, the
    // best-connected nodes, the one under the pointer or chosen by keyboard) are sized against
    // the zoom so they stay LABEL_PX on screen, in full on hover and choice; the rest appear
    // once zoomed in far enough to read (min-zoomed-font-size in the stylesheet).
    let frame = 0;
    let sized = cy.collection();
    const sizeLabels = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (cy.destroyed()) return;
        const size = Math.min(LABEL_MAX_MODEL_PX, Math.max(10, LABEL_PX / cy.zoom()));
        const byDegree = cy
          .nodes()
          .sort((a, b) => b.degree(false) - a.degree(false) || (a.id() < b.id() ? -1 : 1))
          .slice(0, PRIORITY_LABELS);
        const priority = cy
          .nodes('.root, .expanded, .event, .chain, .group, .hover, :selected')
          .union(byDegree);
        cy.batch(() => {
          sized.difference(priority).removeStyle('font-size min-zoomed-font-size');
          priority.style({ 'font-size': size, 'min-zoomed-font-size': 0 });
        });
        sized = priority;
      });
    };
    cy.on('zoom add remove select unselect', sizeLabels);
    cy.on('mouseover', 'node', (e) => {
      (e.target as NodeSingular).addClass('hover');
      sizeLabels();
    });
    cy.on('mouseover', 'edge', (e) => {
      (e.target as EdgeSingular).addClass('hover');
    });
    cy.on('mouseout', 'edge', (e) => {
      (e.target as EdgeSingular).removeClass('hover');
    });
    cy.on('mouseout', 'node', (e) => {
      (e.target as NodeSingular).removeClass('hover');
      sizeLabels();
    });
    cy.on('layoutstop', sizeLabels);
    cyRef.current = cy;
    handlers.current.onReady?.(cy);
    const resize = new ResizeObserver(() => cy.resize());
    resize.observe(container.current!);
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      handlers.current.onReady?.(null);
      running.current?.stop();
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  useEffect(() => {
    cyRef.current?.style(graphStylesheet(scale, mode, direction === 'LR' ? 'right' : 'below'));
  }, [scale, mode, direction]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const sync = syncElements(cy, elements);
    const fresh =
      last.current.layout !== layout ||
      last.current.key !== layoutKey ||
      last.current.positions !== positions;
    if (!fresh && sync.added === 0 && sync.removed === 0) return;
    last.current = { layout, key: layoutKey, positions };
    running.current?.stop();
    const nodes = cy.nodes().length;
    if (nodes === 0) return;
    const incremental = !fresh && sync.incremental;
    // After an expand the nodes already drawn stay where the reader saw them (force layout; a
    // hierarchy is laid out whole again); the new ones are placed around them and marked until
    // the next change.
    cy.batch(() => {
      cy.nodes('.new').removeClass('new');
      if (incremental) for (const id of sync.addedNodes) cy.getElementById(id).addClass('new');
    });
    const newIds = new Set(incremental ? sync.addedNodes : []);
    const kept: { nodeId: string; position: { x: number; y: number } }[] = [];
    if (incremental)
      cy.nodes().forEach((n) => {
        if (!newIds.has(n.id())) kept.push({ nodeId: n.id(), position: { ...n.position() } });
      });
    const options = positions
      ? {
          name: 'preset',
          positions: (n: NodeSingular) => positions.get(n.id()) ?? { x: 0, y: 0 },
          fit: true,
          padding: 36,
          animate: false,
        }
      : {
          ...layoutOptions(layout, { nodes, direction, incremental }),
          // fcose places a node by the middle of its box, label included: with labels in the box the
          // fixed positions would come back shifted by each label's height.
          ...(incremental && layout === 'force'
            ? { fixedNodeConstraint: kept, nodeDimensionsIncludeLabels: false }
            : {}),
        };
    const seed = `${layoutKey}|${layout}|${cy
      .nodes()
      .map((n) => n.id())
      .sort()
      .join(',')}`;
    laidOut.current = false;
    // Set on the element, in the same task: tests and benchmarks wait for "done".
    container.current!.dataset.layout = 'running';
    const run = (layered?: ReadonlyMap<string, Position>) => {
      // A layout fits the graph to the pane; two or three nodes (a node just created) would fill
      // it at four times size, so the fit stops at a readable zoom. Zooming by hand still goes on.
      cy.maxZoom(FIT_MAX_ZOOM);
      const l = cy.layout(
        layered
          ? {
              name: 'preset',
              positions: (n: NodeSingular) => layered.get(n.id()) ?? { x: 0, y: 0 },
              fit: true,
              padding: 36,
              animate: false,
            }
          : options,
      );
      running.current = l;
      l.one('layoutstop', () => {
        // The constraint is met to within rounding; what was drawn goes back exactly.
        if (incremental && layout === 'force')
          cy.batch(() => kept.forEach((k) => cy.getElementById(k.nodeId).position(k.position)));
        cy.maxZoom(MAX_ZOOM);
        setLaying(null);
        laidOut.current = true;
        if (container.current) container.current.dataset.layout = 'done';
        handlers.current.onLaidOut?.(new Map(cy.nodes().map((n) => [n.id(), { ...n.position() }])));
        afterLayout.current?.();
        afterLayout.current = null;
      });
      withSeededRandom(seed, () => l.run());
    };
    setFailed(null);
    if (!positions && layout === 'layered') {
      // Laid out in ELK's worker: the page stays responsive, and a newer graph wins.
      let stale = false;
      setLaying({ nodes, now: true });
      layeredPositions({
        nodes: cy.nodes().map((n) => {
          const box = n.boundingBox({ includeLabels: true });
          return { id: n.id(), width: Math.min(box.w, 150), height: box.h };
        }),
        edges: cy.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() })),
        direction: direction ?? 'TB',
      }).then(
        (placed) => {
          if (!stale && !cy.destroyed()) run(placed);
        },
        (error: unknown) => {
          if (stale) return;
          setLaying(null);
          setFailed(error instanceof Error ? error.message : String(error));
          if (container.current) container.current.dataset.layout = 'failed';
        },
      );
      return () => {
        stale = true;
      };
    }
    setLaying({ nodes, now: nodes > PAINT_FIRST_ABOVE });
    if (nodes > PAINT_FIRST_ABOVE) {
      // Two frames: React paints the bar, the browser shows it, then the layout blocks.
      let frame = requestAnimationFrame(() => (frame = requestAnimationFrame(() => run())));
      return () => cancelAnimationFrame(frame);
    }
    run();
  }, [elements, layout, layoutKey, direction, positions]);

  const drawnCursor = cursor && groups?.groups.has(cursor) ? cursor : null;
  const chosenId = drawnCursor ?? selected ?? null;
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.$(':selected').unselect();
      cy.edges('.lit').removeClass('lit named');
      if (!chosenId) return;
      const edges = cy.getElementById(chosenId).select().connectedEdges().not('.tether').addClass('lit');
      // A hub's edge labels pile up on it: named only when few, otherwise on hover.
      if (edges.length <= EDGE_LABELS_UP_TO) edges.addClass('named');
    });
  }, [chosenId, elements]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('faded chain');
      if (!highlight) return;
      const lit = new Set([...highlight.nodes, ...highlight.edges]);
      cy.elements().forEach((e) => {
        e.addClass(lit.has(e.id()) ? 'chain' : 'faded');
      });
    });
    if (!highlight) return;
    // Bring the chain into view, close enough to read, once the layout has placed it.
    const focus = () => {
      const chain = cy.elements('.chain');
      if (chain.empty()) return;
      cy.stop();
      const centre = { x: cy.width() / 2, y: cy.height() / 2 };
      const complete = () => {
        if (cy.zoom() > 1.4) cy.zoom({ level: 1.4, renderedPosition: centre });
      };
      cy.animate({ fit: { eles: chain, padding: 90 } }, { duration: 300, complete });
    };
    if (laidOut.current) focus();
    else afterLayout.current = focus;
  }, [highlight, elements]);

  // The keyboard walks the nodes in the table view's order (kind, then name): arrows move the
  // selection, Enter expands, Escape clears; the node is brought into view and announced.
  const order = useMemo(
    () =>
      [...graph.nodes].sort(
        (a, b) => kindLook(a.kind).rank - kindLook(b.kind).rank || a.name.localeCompare(b.name),
      ),
    [graph],
  );
  const hintId = useId();
  const current = order.findIndex((n) => n.id === chosenId);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (order.length === 0) return;
    const step: Record<string, number> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };
    let next: number | null = null;
    if (e.key in step) next = current < 0 ? 0 : (current + step[e.key]! + order.length) % order.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = order.length - 1;
    else if ((e.key === 'Enter' || e.key === ' ') && drawnCursor) groups!.toggle(drawnCursor);
    else if (e.key === 'Enter' && selected && props.onExpand) props.onExpand(selected);
    else if (e.key === 'Escape') {
      setCursor(null);
      props.onSelect?.(null);
    } else return;
    e.preventDefault();
    if (next === null) return;
    const id = order[next]!.id;
    if (groups?.isGroup(id)) setCursor(id);
    else {
      setCursor(null);
      props.onSelect?.(id);
    }
    const cy = cyRef.current;
    const node = cy?.getElementById(id);
    if (cy && node?.nonempty()) {
      const box = node.renderedBoundingBox({});
      if (box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height()) cy.center(node);
    }
  };
  const chosen = current >= 0 ? order[current]! : null;
  const chosenGroup = chosen ? groups?.groups.get(chosen.id) : undefined;
  const anchorName = chosenGroup && graph.nodes.find((n) => n.id === chosenGroup.anchor)?.name;
  const announce = !chosen
    ? ''
    : chosenGroup
      ? `Group of ${groupReading(chosenGroup, anchorName ?? chosenGroup.anchor)}, ` +
        `${chosenGroup.open ? 'shown: Enter groups them again' : 'grouped: Enter shows them'}, ` +
        `${current + 1} of ${order.length}`
      : `${chosen.name}, ${chosen.kind}` +
        (chosen.state && chosen.state !== 'UNAFFECTED' ? `, ${STATE_LOOK[chosen.state].label}` : '') +
        `, ${current + 1} of ${order.length}`;

  const zoom = (factor: number) => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };

  return (
    <div className="canvas-pane">
      <div
        ref={container}
        className="canvas"
        data-testid="graph-canvas"
        tabIndex={0}
        role="application"
        aria-roledescription="graph"
        aria-label={`${props.label}: ${graph.nodes.length} nodes and ${graph.edges.length} relationships`}
        aria-describedby={hintId}
        onKeyDown={onKeyDown}
      />
      <p id={hintId} className="visually-hidden">
        Arrow keys move between nodes{props.onExpand ? ', Enter expands the chosen one' : ''}
        {groups ? ', Enter or Space opens or closes a group' : ''}, Escape clears the choice. The table view
        lists the same nodes.
      </p>
      <p className="visually-hidden" aria-live="polite" data-testid="graph-announce">
        {announce}
      </p>
      <div className="canvas-controls" role="group" aria-label="Zoom">
        <button type="button" onClick={() => zoom(1.25)} aria-label="Zoom in" title="Zoom in">
          +
        </button>
        <button type="button" onClick={() => zoom(0.8)} aria-label="Zoom out" title="Zoom out">
          −
        </button>
        <button
          type="button"
          onClick={() => cyRef.current?.animate({ fit: { eles: cyRef.current.elements(), padding: 36 } })}
          aria-label="Fit to view"
          title="Fit to view"
        >
          ⤢
        </button>
      </div>
      {laying && (
        <Busy
          active
          immediate={laying.now}
          label={`Laying out ${laying.nodes} node${laying.nodes === 1 ? '' : 's'}…`}
        />
      )}
      {failed && (
        <Notice tone="error" title="The layout failed">
          {failed} Choose another layout above.
        </Notice>
      )}
      {props.children}
    </div>
  );
}
