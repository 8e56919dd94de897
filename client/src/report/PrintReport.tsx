// The what-if on one printed page (the browser's print, or "Save as PDF"): title, as-at date,
// events, the graph, the legend with counts, the breaches and the top explanations. Hidden on
// screen; print CSS shows it alone. The graph's picture is taken as printing starts, so it is the
// graph as the reader left it.
import type { Core } from 'cytoscape';
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { KIND_LOOK } from '../graph/kinds.js';
import type { ReportSummary } from './report-summary.js';

const BREACH_ROWS = 8;

interface PrintReportProps {
  readonly summary: ReportSummary;
  readonly cy: () => Core | null;
}

export function PrintReport({ summary, cy }: PrintReportProps) {
  const [picture, setPicture] = useState<string | null>(null);
  useEffect(() => {
    const take = () => {
      const core = cy();
      if (!core || core.elements().empty()) return;
      const uri = core.png({ output: 'base64uri', full: true, scale: 1.5, bg: '#ffffff', maxWidth: 2400 });
      flushSync(() => setPicture(uri));
    };
    window.addEventListener('beforeprint', take);
    return () => window.removeEventListener('beforeprint', take);
  }, [cy]);

  return (
    <article className="print-report" aria-hidden="true" data-testid="print-report">
      <header>
        <h1>{summary.title}</h1>
        <p className="print-meta">
          As at {summary.asAt} · {summary.total} affected · printed {new Date().toISOString().slice(0, 10)}
        </p>
        <ul className="print-events">
          {summary.events.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      </header>
      {picture && <img className="print-graph" src={picture} alt="" />}
      <ul className="print-legend" data-testid="print-legend">
        {summary.states.map((s) => (
          <li key={s.state}>
            <span className="print-swatch" style={{ background: s.colour }} />
            {s.label} <strong>{s.count}</strong>
          </li>
        ))}
        {summary.kinds.map((k) => (
          <li key={k.kind} className="muted">
            {KIND_LOOK[k.kind].plural} <strong>{k.count}</strong>
          </li>
        ))}
      </ul>
      <div className="print-columns">
        <section>
          <h2>Recovery objectives breached ({summary.breaches.length})</h2>
          {summary.breaches.length === 0 ? (
            <p>None.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>System</th>
                  <th>Objective</th>
                  <th>Down for</th>
                </tr>
              </thead>
              <tbody>
                {summary.breaches.slice(0, BREACH_ROWS).map((b) => (
                  <tr key={b.name}>
                    <td>{b.name}</td>
                    <td>{b.objective}</td>
                    <td>{b.down}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {summary.breaches.length > BREACH_ROWS && (
            <p>and {summary.breaches.length - BREACH_ROWS} more (in the CSV).</p>
          )}
        </section>
        <section>
          <h2>Why, for the most serious</h2>
          <ol className="print-why">
            {summary.explanations.map((e) => (
              <li key={e.name}>
                <strong>
                  {e.name} is {e.state}.
                </strong>{' '}
                {e.sentence}
              </li>
            ))}
          </ol>
        </section>
      </div>
    </article>
  );
}
