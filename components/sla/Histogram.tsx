import { BUCKETS } from '@/lib/sla/stats';
import { ChartFrame } from './ChartFrame';

function short(seconds: number): string {
  if (seconds < 3600) return `${seconds / 60}m`;
  return `${seconds / 3600}h`;
}

/** Labels of the histogram buckets: ≤1m … ≤48h, >48h. */
function bucketLabels(bounds: readonly number[] = BUCKETS): string[] {
  return [...bounds.map((b) => `≤${short(b)}`), `>${short(bounds[bounds.length - 1]!)}`];
}

/** Hand-drawn SVG bar chart of response-time counts. */
export function Histogram({ counts, title }: { counts: number[]; title: string }) {
  const labels = bucketLabels();
  const max = Math.max(1, ...counts);
  const barW = 44;
  const h = 160;
  const width = counts.length * barW + 20;
  return (
    <ChartFrame title={title} kind="histogram" width={width} height={h + 50}>
      {counts.map((count, i) => {
        const barH = Math.round((count / max) * h);
        const x = 10 + i * barW;
        return (
          <g key={labels[i]} data-bucket={labels[i]} data-count={count}>
            <rect x={x + 4} y={h - barH + 20} width={barW - 8} height={barH} fill="#1a73e8" rx="2" />
            <text x={x + barW / 2} y={h - barH + 16} text-anchor="middle" font-size="11" fill="#202124">
              {count || ''}
            </text>
            <text x={x + barW / 2} y={h + 36} text-anchor="middle" font-size="10" fill="#5f6368">
              {labels[i]}
            </text>
          </g>
        );
      })}
      <line x1="10" x2={width - 10} y1={h + 20} y2={h + 20} stroke="#dadce0" />
    </ChartFrame>
  );
}
