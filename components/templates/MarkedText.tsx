import type { Finding } from '@/lib/detect/types';

/** Text with findings marked, built from offsets (no innerHTML). Overlapping findings keep the first. */
export function MarkedText({ text, findings }: { text: string; findings: readonly Finding[] }) {
  const parts: preact.ComponentChildren[] = [];
  let at = 0;
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const finding of sorted) {
    if (finding.start < at || finding.end > text.length) continue;
    if (finding.start > at) parts.push(text.slice(at, finding.start));
    parts.push(
      <mark
        key={`${finding.ruleId}:${finding.start}`}
        class={`rg-tpl-mark rg-tpl-mark-${finding.severity}`}
        data-category={finding.category}
        title={finding.message}
      >
        {text.slice(finding.start, finding.end)}
      </mark>,
    );
    at = finding.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
