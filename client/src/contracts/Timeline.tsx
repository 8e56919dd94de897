// The contracts timeline: one row per contract ending in the window, on a shared time axis. The
// bar runs to the end date (the whole month or year when that is all the source says), a diamond
// marks the last day to give notice, and the colour says how critical what depends on it is.
import { useId } from 'react';
import type { ContractHorizonQuery } from '../generated/graphql.js';
import { useWidth } from '../ui/use-width.js';
import { CRITICALITY_LOOK, contractCriticality } from './criticality.js';
import { formatPartialDate, fromIsoDate, partialDateSpan } from './dates.js';
import { timeScale } from './time-scale.js';

type Entry = ContractHorizonQuery['contractHorizon'][number];

interface TimelineProps {
  readonly entries: readonly Entry[];
  readonly from: string;
  readonly to: string;
  readonly asAt: string;
  readonly onOpen: (contractId: string) => void;
}

const LABEL = 300;
const RIGHT = 24;
const AXIS = 34;
const ROW = 58;

export function Timeline({ entries, from, to, asAt, onOpen }: TimelineProps) {
  const [box, width] = useWidth<HTMLDivElement>();
  const hintId = useId();
  const scale = timeScale(fromIsoDate(from), fromIsoDate(to), width - LABEL - RIGHT);
  const height = AXIS + entries.length * ROW + 12;
  const asAtDate = fromIsoDate(asAt);
  return (
    <div ref={box} className="timeline" data-testid="timeline">
      {/* Each row is named by what it shows (the name as drawn, supplier, end); this says what it does. */}
      <p id={hintId} className="visually-hidden">
        Opens the what-if of the contract lapsing.
      </p>
      <svg
        width={width}
        height={height}
        role="group"
        aria-label={`Contracts ending between ${from} and ${to}`}
      >
        <g transform={`translate(${LABEL},0)`}>
          {scale.ticks.map((t) => (
            <g key={t.date.toISOString()} transform={`translate(${t.x},0)`}>
              <line y1={AXIS - 6} y2={height} className={t.major ? 'tick major' : 'tick'} />
              <text y={AXIS - 12} className="tick-label">
                {t.label}
              </text>
            </g>
          ))}
          {scale.contains(asAtDate) && (
            <g transform={`translate(${scale.x(asAtDate)},0)`}>
              <line y1={AXIS - 4} y2={height} className="as-at" />
            </g>
          )}
        </g>
        {entries.map((e, i) => {
          const y = AXIS + i * ROW;
          const end = partialDateSpan(e.end);
          const start =
            'start' in e.contract && e.contract.start ? partialDateSpan(e.contract.start).start : null;
          const look = CRITICALITY_LOOK[contractCriticality(e.impact)];
          const x0 = scale.clampedX(start ?? scale.from);
          const x1 = scale.clampedX(end.start);
          const x2 = scale.clampedX(end.end);
          const deadline = e.noticeDeadline ? fromIsoDate(e.noticeDeadline) : null;
          const supplier = 'supplier' in e.contract ? e.contract.supplier : null;
          const endText = `ends ${formatPartialDate(e.end)}`;
          const open = () => onOpen(e.contract.id);
          const inside = x2 + 150 > scale.width;
          return (
            <g
              key={e.contract.id}
              className="timeline-row"
              transform={`translate(0,${y})`}
              role="link"
              tabIndex={0}
              aria-describedby={hintId}
              data-testid={`timeline-${e.contract.id}`}
              onClick={open}
              onKeyDown={(k) => (k.key === 'Enter' || k.key === ' ') && open()}
            >
              <rect x={0} y={0} width={width} height={ROW} className="row-bg" />
              <text x={12} y={22} className="row-name">
                {e.contract.name.length > 38 ? `${e.contract.name.slice(0, 37)}…` : e.contract.name}
                <title>{e.contract.name}</title>
              </text>
              <text x={12} y={40} className="row-sub">
                {supplier ?? 'supplier not recorded'} · {e.impact.totalAffected} affected if it lapses
              </text>
              <g transform={`translate(${LABEL},0)`}>
                <rect
                  x={x0}
                  y={18}
                  width={Math.max(2, x1 - x0)}
                  height={20}
                  rx={3}
                  fill={look.colour}
                  opacity={0.85}
                />
                {!start && <rect x={x0} y={18} width={Math.min(40, x1 - x0)} height={20} fill="url(#fade)" />}
                <rect
                  x={x1}
                  y={14}
                  width={Math.max(3, x2 - x1)}
                  height={28}
                  rx={2}
                  fill={look.colour}
                  className="end-span"
                />
                {/* After the end when there is room, else inside the bar in white. */}
                <text
                  x={inside ? x1 - 8 : x2 + 8}
                  y={32}
                  className={inside ? 'end-label inside' : 'end-label'}
                  textAnchor={inside ? 'end' : 'start'}
                >
                  {endText}
                </text>
                {deadline && scale.contains(deadline) && (
                  <g transform={`translate(${scale.x(deadline)},28)`}>
                    <path d="M0,-8 L8,0 L0,8 L-8,0 Z" className="notice-mark" />
                    <title>{`Give notice by ${formatPartialDate(e.noticeDeadline!)}`}</title>
                  </g>
                )}
              </g>
            </g>
          );
        })}
        <defs>
          <linearGradient id="fade">
            <stop offset="0" stopColor="#ffffff" stopOpacity="0.9" />
            <stop offset="1" stopColor="#ffffff" stopOpacity="0" />
          </linearGradient>
        </defs>
      </svg>
    </div>
  );
}
