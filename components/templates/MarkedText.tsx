import type { Finding } from '@/lib/detect/types';
import type { Placeholder } from '@/lib/templates/placeholders';

type Span = { start: number; end: number; mark: preact.VNode };

/**
 * Text with findings and unfilled `{placeholders}` marked, built from offsets (no innerHTML).
 * Overlapping spans keep the first.
 */
export function MarkedText(props: {
  text: string;
  findings: readonly Finding[];
  placeholders?: readonly Placeholder[];
}) {
  const { text } = props;
  const spans: Span[] = [
    ...props.findings.map((finding) => ({
      start: finding.start,
      end: finding.end,
      mark: (
        <mark
          key={`${finding.ruleId}:${finding.start}`}
          class={`rg-tpl-mark rg-tpl-mark-${finding.severity}`}
          data-category={finding.category}
          title={finding.message}
        >
          {text.slice(finding.start, finding.end)}
        </mark>
      ),
    })),
    ...(props.placeholders ?? []).map((span) => ({
      start: span.start,
      end: span.end,
      mark: (
        <mark key={`placeholder:${span.start}`} class="rg-tpl-placeholder" data-placeholder={span.name}>
          {text.slice(span.start, span.end)}
        </mark>
      ),
    })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  const parts: preact.ComponentChildren[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at || span.end > text.length) continue;
    if (span.start > at) parts.push(text.slice(at, span.start));
    parts.push(span.mark);
    at = span.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
