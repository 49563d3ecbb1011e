import type { Finding } from '@/lib/detect/types';

/** Counts per severity. */
export function countBySeverity(findings: Finding[]): { block: number; warn: number; info: number } {
  const counts = { block: 0, warn: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
