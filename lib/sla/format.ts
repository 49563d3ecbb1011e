const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A countdown label: `mm:ss` under an hour, `h:mm` from an hour up; a leading minus once overdue.
 * 59:59, then 1:00 at 3600 s; 25 h is 25:00.
 */
export function formatCountdown(seconds: number): string {
  const sign = seconds < 0 ? '-' : '';
  const abs = Math.abs(seconds);
  if (abs < 3600) return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${sign}${Math.floor(abs / 3600)}:${pad(Math.floor((abs % 3600) / 60))}`;
}
