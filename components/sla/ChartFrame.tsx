import type { ComponentChildren } from 'preact';

/** The SVG frame every dashboard chart shares: an image role with its title for screen readers. */
export function ChartFrame(props: {
  title: string;
  kind: string;
  width: number;
  height: number;
  children: ComponentChildren;
}) {
  const { title, kind, width, height } = props;
  return (
    <svg
      role="img"
      aria-label={title}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      data-chart={kind}
    >
      <title>{title}</title>
      {props.children}
    </svg>
  );
}
