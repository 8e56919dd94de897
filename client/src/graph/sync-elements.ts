// Brings a Cytoscape instance to a new set of elements in one batch (one redraw): removes what
// went, updates what stayed, and adds what is new beside a neighbour that is already placed, so
// an incremental force layout starts from a sensible picture instead of a pile at the origin.
import type { Core, ElementDefinition } from 'cytoscape';
import { hashText } from './seeded-random.js';

export interface SyncResult {
  readonly added: number;
  /** The nodes added by this sync, to be marked as new. */
  readonly addedNodes: readonly string[];
  readonly removed: number;
  /** True when nodes were there before and some stayed: positions are worth keeping. */
  readonly incremental: boolean;
}

export function syncElements(cy: Core, elements: readonly ElementDefinition[]): SyncResult {
  const wanted = new Map(elements.map((e) => [String(e.data.id), e]));
  const before = cy.nodes().length;
  let removed = 0;
  let removedNodes = 0;
  const added: ElementDefinition[] = [];
  cy.batch(() => {
    const gone = cy.elements().filter((e) => !wanted.has(e.id()));
    removed = gone.length;
    removedNodes = gone.nodes().length;
    gone.remove();
    for (const def of elements) {
      const existing = cy.getElementById(String(def.data.id));
      if (existing.nonempty()) {
        existing.data(def.data);
        existing.classes(def.classes ?? '');
      } else added.push({ ...def });
    }
    // One already placed neighbour per node, found in one pass (a search per node is quadratic).
    const neighbour = new Map<string, string>();
    const isPlaced = (id: string) => cy.getElementById(id).nonempty();
    for (const e of elements) {
      if (e.group !== 'edges') continue;
      const [s, t] = [String(e.data.source), String(e.data.target)];
      if (!neighbour.has(s) && isPlaced(t)) neighbour.set(s, t);
      if (!neighbour.has(t) && isPlaced(s)) neighbour.set(t, s);
    }
    for (const def of added) {
      if (def.group !== 'nodes') continue;
      // A member of an opened group starts beside its group node (data.near, see fan-out.ts).
      const near = typeof def.data.near === 'string' && isPlaced(def.data.near) ? def.data.near : undefined;
      const other = near ?? neighbour.get(String(def.data.id));
      const node = other === undefined ? null : cy.getElementById(other);
      const anchor = node?.nonempty() ? node.position() : null;
      if (anchor) {
        // From the id, not Math.random: the same expand places the same way on every load.
        const angle = (hashText(String(def.data.id)) / 2 ** 32) * 2 * Math.PI;
        def.position = { x: anchor.x + 60 * Math.cos(angle), y: anchor.y + 60 * Math.sin(angle) };
      }
    }
    cy.add(added);
  });
  return {
    added: added.length,
    addedNodes: added.filter((d) => d.group === 'nodes').map((d) => String(d.data.id)),
    removed,
    // Nodes against nodes: counting the edges that went too, a collapse looked like a new picture.
    incremental: before > 0 && before - removedNodes > 0,
  };
}
