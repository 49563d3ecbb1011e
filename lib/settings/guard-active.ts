import type { Settings } from './schema';

/** Whether ReplyGuard warns on this host now: not switched off for the site, not paused. */
export function isGuardActive(
  settings: Pick<Settings, 'disabledHosts' | 'pausedUntil'>,
  host: string,
  now: number,
): boolean {
  const name = host.toLowerCase();
  if (settings.disabledHosts.some((disabled) => disabled.toLowerCase() === name)) return false;
  return now >= settings.pausedUntil;
}

/** Milliseconds until a pause ends (0 when not paused). */
export function pauseRemaining(settings: Pick<Settings, 'pausedUntil'>, now: number): number {
  return Math.max(0, settings.pausedUntil - now);
}
