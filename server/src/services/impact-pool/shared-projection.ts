// The projection's typed arrays moved into SharedArrayBuffers, once per graph version, so that
// the event loop and every worker thread read one copy: a task sends views of the shared memory
// (structured cloning of a view over a SharedArrayBuffer shares it), never the arrays themselves.
import type { Adjacency, Projection, ProjectionArrays } from '../../domain/impact/index.js';

type Typed = Uint8Array | Uint32Array | Int32Array | Float64Array;

function shared<T extends Typed>(array: T): T {
  const Kind = array.constructor as new (buffer: SharedArrayBuffer) => T;
  const copy = new Kind(new SharedArrayBuffer(array.byteLength));
  copy.set(array as never);
  return copy;
}

const sharedAdjacency = (a: Adjacency): Adjacency => ({ offsets: shared(a.offsets), items: shared(a.items) });

/** The same projection with every typed array in shared memory (the originals are then garbage). */
export function shareProjection(p: Projection): Projection {
  return { ...p, ...arraysOf(p, true) };
}

/** Only the arrays and counts: what a task carries to a worker. With `copy`, into shared memory. */
export function arraysOf(p: ProjectionArrays, copy = false): ProjectionArrays {
  const s = copy ? shared : <T extends Typed>(a: T) => a;
  const adj = copy ? sharedAdjacency : (a: Adjacency) => a;
  return {
    version: p.version,
    size: p.size,
    edgeCount: p.edgeCount,
    kind: s(p.kind),
    rtoHours: s(p.rtoHours),
    strategic: s(p.strategic),
    nodeFrom: s(p.nodeFrom),
    nodeUntil: s(p.nodeUntil),
    edgeProvider: s(p.edgeProvider),
    edgeDependant: s(p.edgeDependant),
    edgeType: s(p.edgeType),
    edgeGroup: s(p.edgeGroup),
    edgeFallback: s(p.edgeFallback),
    edgeFrom: s(p.edgeFrom),
    edgeUntil: s(p.edgeUntil),
    groupSize: s(p.groupSize),
    groupK: s(p.groupK),
    dependants: adj(p.dependants),
    providers: adj(p.providers),
    fallbackUsers: adj(p.fallbackUsers),
  };
}
