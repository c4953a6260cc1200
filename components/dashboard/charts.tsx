// Small SVG charts (no library): horizontal bars for categories, columns for hours of the day.
// Numbers are printed on the bars so the chart reads without hovering, and the SVG carries a
// text alternative for screen readers. Scales are linear from zero (no misleading truncation).
import type { Count } from '../../lib/log/report';

export interface BarChartProps {
  title: string;
  data: readonly Count[];
  /** Optional per-key colour (e.g. actions); default is the theme colour. */
  colors?: Record<string, string>;
  max?: number;
  /** Format the value label (e.g. percentages). */
  format?: (n: number) => string;
}

const ROW = 22;
const LABEL_W = 170;
const BAR_W = 260;
const VALUE_W = 56;

export function BarChart({ title, data, colors, max, format = String }: BarChartProps) {
  const top = max ?? Math.max(1, ...data.map((d) => d.count));
  const height = Math.max(1, data.length) * ROW + 4;
  const width = LABEL_W + BAR_W + VALUE_W;
  const summary = data.map((d) => `${d.label}: ${format(d.count)}`).join(', ');
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      {data.length === 0 ? (
        <p class="muted">—</p>
      ) : (
        <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={`${title}: ${summary}`} preserveAspectRatio="xMinYMin meet">
          <title>{`${title}: ${summary}`}</title>
          {data.map((d, i) => {
            const w = top > 0 ? (d.count / top) * BAR_W : 0;
            const y = i * ROW + 2;
            return (
              <g key={d.key} class="bar" data-key={d.key} data-value={d.count}>
                <text x={LABEL_W - 8} y={y + ROW / 2 + 4} text-anchor="end" class="chart-label">
                  {truncateLabel(d.label)}
                </text>
                <rect x={LABEL_W} y={y + 3} width={Math.max(w, d.count > 0 ? 2 : 0)} height={ROW - 6} rx={3} fill={colors?.[d.key] ?? 'var(--bar, #1a73e8)'} />
                <text x={LABEL_W + Math.max(w, 0) + 6} y={y + ROW / 2 + 4} class="chart-value">
                  {format(d.count)}
                </text>
              </g>
            );
          })}
          <line x1={LABEL_W} x2={LABEL_W} y1={0} y2={height} class="axis" />
        </svg>
      )}
    </figure>
  );
}

function truncateLabel(s: string, n = 26): string {
  const cps = [...s];
  return cps.length > n ? cps.slice(0, n - 1).join('') + '…' : s;
}

export function HourChart({ title, hours, serviceStart = 9, serviceEnd = 16 }: { title: string; hours: readonly number[]; serviceStart?: number; serviceEnd?: number }) {
  const top = Math.max(1, ...hours);
  const colW = 20;
  const h = 110;
  const base = h - 18;
  const summary = hours.map((n, i) => (n ? `${i}:00 ${n}` : '')).filter(Boolean).join(', ') || '0';
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${24 * colW} ${h}`} width="100%" role="img" aria-label={`${title}: ${summary}`}>
        <title>{`${title}: ${summary}`}</title>
        <rect x={serviceStart * colW} y={0} width={(serviceEnd - serviceStart) * colW} height={base} class="service-band" />
        {hours.map((n, i) => {
          const ch = (n / top) * (base - 14);
          return (
            <g key={i} class="col" data-hour={i} data-value={n}>
              {n > 0 && <rect x={i * colW + 3} y={base - ch} width={colW - 6} height={ch} rx={2} fill="var(--bar, #1a73e8)" />}
              {n > 0 && (
                <text x={i * colW + colW / 2} y={base - ch - 3} text-anchor="middle" class="chart-value small">
                  {n}
                </text>
              )}
              {i % 3 === 0 && (
                <text x={i * colW + colW / 2} y={h - 4} text-anchor="middle" class="chart-label small">
                  {i}
                </text>
              )}
            </g>
          );
        })}
        <line x1={0} x2={24 * colW} y1={base} y2={base} class="axis" />
      </svg>
    </figure>
  );
}
