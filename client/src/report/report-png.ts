// The what-if graph as a PNG fit to paste into a paper: a header (title, as-at date, events), the
// whole graph, and a footer legend with the counts by state and kind, drawn on one canvas.
import type { Core } from 'cytoscape';
import { KIND_LOOK } from '../graph/kinds.js';
import type { ReportSummary } from './report-summary.js';

const FONT = 'Inter, "Segoe UI", system-ui, sans-serif';
const INK = '#0f172a';
const MUTED = '#475569';
const PAD = 40;
const MIN_WIDTH = 1400;

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('[client/report-png] the graph image could not be read'));
    image.src = src;
  });
}

/** Cuts a line to fit a width, ending in an ellipsis when it had to be cut. */
function fit(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

export async function reportPng(cy: Core, summary: ReportSummary): Promise<Blob> {
  const graph = await loadImage(
    cy.png({ output: 'base64uri', full: true, scale: 2, bg: '#ffffff', maxWidth: 4000, maxHeight: 3000 }),
  );
  const width = Math.max(MIN_WIDTH, graph.width + 2 * PAD);
  const events = summary.events.slice(0, 6);
  const header = PAD + 44 + 30 + events.length * 28 + 20;
  const footer = 150;
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = header + graph.height + footer;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);

  let y = PAD + 34;
  ctx.fillStyle = INK;
  ctx.font = `bold 34px ${FONT}`;
  ctx.fillText(fit(ctx, summary.title, width - 2 * PAD), PAD, y);
  y += 36;
  ctx.font = `22px ${FONT}`;
  ctx.fillStyle = MUTED;
  ctx.fillText(`As at ${summary.asAt} · ${summary.total} affected`, PAD, y);
  ctx.fillStyle = INK;
  for (const event of events) {
    y += 28;
    ctx.fillText(fit(ctx, `• ${event}`, width - 2 * PAD), PAD, y);
  }
  if (summary.events.length > events.length)
    ctx.fillText(`and ${summary.events.length - 6} more`, PAD, y + 28);
  ctx.fillRect(PAD, header - 10, width - 2 * PAD, 1);

  ctx.drawImage(graph, (width - graph.width) / 2, header);

  y = header + graph.height + 20;
  ctx.fillRect(PAD, y, width - 2 * PAD, 1);
  y += 44;
  let x = PAD;
  ctx.font = `22px ${FONT}`;
  for (const s of summary.states) {
    ctx.fillStyle = s.colour;
    ctx.fillRect(x, y - 18, 22, 22);
    ctx.fillStyle = INK;
    const text = `${s.label} ${s.count}`;
    ctx.fillText(text, x + 30, y);
    x += 30 + ctx.measureText(text).width + 36;
  }
  y += 44;
  x = PAD;
  ctx.fillStyle = MUTED;
  for (const k of summary.kinds) {
    const text = `${KIND_LOOK[k.kind].plural} ${k.count}`;
    ctx.fillText(text, x, y);
    x += ctx.measureText(text).width + 30;
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob ? resolve(blob) : reject(new Error('[client/report-png] the PNG could not be written')),
      'image/png',
    ),
  );
}
