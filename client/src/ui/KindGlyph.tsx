// The kind's canvas shape as a small SVG, for the legend, lists and the table.
import type { NodeKind } from '../generated/graphql.js';
import { kindLook, type KindShape } from '../graph/kinds.js';

const POLYGONS: Partial<Record<KindShape, string>> = {
  hexagon: '3,8 5.5,3 10.5,3 13,8 10.5,13 5.5,13',
  'round-diamond': '8,1.5 14.5,8 8,14.5 1.5,8',
  rhomboid: '4,3 15,3 12,13 1,13',
  'round-pentagon': '8,1.5 14.5,6.3 12,14 4,14 1.5,6.3',
  'round-triangle': '8,2 14.5,14 1.5,14',
};

export function KindGlyph({ kind, colour, size = 14 }: { kind: NodeKind; colour?: string; size?: number }) {
  const look = kindLook(kind);
  const fill = colour ?? look.colour;
  const points = POLYGONS[look.shape];
  return (
    <svg className="glyph" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true">
      {points ? (
        <polygon points={points} fill={fill} strokeLinejoin="round" stroke={fill} strokeWidth={1} />
      ) : look.shape === 'ellipse' ? (
        <circle cx={8} cy={8} r={6.5} fill={fill} />
      ) : (
        <rect x={1.5} y={3} width={13} height={10} rx={3} fill={fill} />
      )}
    </svg>
  );
}

/** Glyph and kind name, for suggestions and lists. */
export function KindBadge({ kind }: { kind: NodeKind }) {
  return (
    <span className="kind-badge">
      <KindGlyph kind={kind} size={12} />
      {kind}
    </span>
  );
}
