import type { Rate } from '@/lib/sla/stats';
import { ChartFrame } from './ChartFrame';

/** Hand-drawn SVG bars of the daily share within the deadline, with an optional target line. */
export function DailyShares({
  days,
  target,
  title,
}: {
  days: Array<{ day: string } & Rate>;
  target?: number;
  title: string;
}) {
  const barW = 22;
  const h = 120;
  const width = Math.max(200, days.length * barW + 50);
  const y = (share: number) => 10 + h - share * h;
  return (
    <ChartFrame title={title} kind="daily" width={width} height={h + 50}>
      {[0, 0.5, 1].map((tick) => (
        <text key={tick} x="0" y={y(tick) + 4} font-size="10" fill="#5f6368">
          {`${tick * 100}%`}
        </text>
      ))}
      {days.map((d, i) => {
        const share = d.share ?? 0;
        const x = 40 + i * barW;
        const below = target !== undefined && d.share !== null && d.share < target;
        return (
          <g key={d.day} data-day={d.day} data-share={d.share ?? ''}>
            <rect
              x={x}
              y={y(share)}
              width={barW - 4}
              height={h - (y(share) - 10)}
              fill={below ? '#d93025' : '#188038'}
            >
              <title>{`${d.day}: ${d.share === null ? '–' : `${Math.round(share * 100)}%`} (${d.within}/${d.counted})`}</title>
            </rect>
            {i % Math.ceil(days.length / 8) === 0 ? (
              <text x={x} y={h + 28} font-size="9" fill="#5f6368">
                {d.day.slice(5)}
              </text>
            ) : null}
          </g>
        );
      })}
      {target !== undefined ? (
        <line
          x1="36"
          x2={width}
          y1={y(target)}
          y2={y(target)}
          stroke="#e37400"
          stroke-dasharray="4 3"
          data-target={target}
        />
      ) : null}
      <line x1="36" x2={width} y1={y(0)} y2={y(0)} stroke="#dadce0" />
    </ChartFrame>
  );
}
