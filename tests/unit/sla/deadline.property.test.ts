import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replyDeadline, slaStatus } from '@/lib/sla/deadline';
import { isWithinHours } from '@/lib/sla/hours';
import { type ReplyPolicy, ReplyPolicySchema } from '@/lib/sla/policy-schema';
import { localParts } from '@/lib/sla/zone';

const MINUTE = 60_000;
const FROM = Date.parse('2026-01-01T00:00:00Z');
const TO = Date.parse('2026-12-31T00:00:00Z');

const hhmm = (minutes: number) =>
  minutes === 1440
    ? '24:00'
    : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Windows with start < end on whole quarter hours; optional weekday filter. */
const windowArb = fc
  .tuple(
    fc.integer({ min: 0, max: 94 }),
    fc.integer({ min: 1, max: 96 }),
    fc.option(fc.subarray([0, 1, 2, 3, 4, 5, 6], { minLength: 1 })),
  )
  .map(([a, len, days]) => {
    const start = a * 15;
    const end = Math.min(1440, start + len * 15);
    return { start: hhmm(start), end: hhmm(end), ...(days ? { days } : {}) };
  });

function policy(
  timeZone: string,
  windows: Array<{ start: string; end: string; days?: number[] }>,
  minutes: number,
): ReplyPolicy {
  return ReplyPolicySchema.parse({
    replyWithinMinutes: minutes,
    clock: 'business',
    businessHours: { timeZone, windows },
    dueSoon: { share: 0.25 },
    source: 'property',
  });
}

/** Wall-clock fields from Intl directly, independent of lib/sla/zone's cache. */
function intlLocal(instant: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const f: Record<string, number> = {};
  for (const part of parts) if (part.type !== 'literal') f[part.type] = Number(part.value);
  const weekday = new Date(Date.UTC(f.year!, f.month! - 1, f.day!)).getUTCDay();
  return {
    year: f.year!,
    month: f.month!,
    day: f.day!,
    hour: f.hour! % 24,
    minute: f.minute!,
    second: f.second!,
    weekday,
  };
}

/** Independent oracle: walk the clock, asking the wall clock whether each minute is inside a window. */
function oracle(p: ReplyPolicy, received: number): number | null {
  const hours = p.businessHours!;
  const inside = (instant: number) => {
    const local = intlLocal(instant, hours.timeZone);
    const minute = local.hour * 60 + local.minute;
    return hours.windows.some((w) => {
      const [sh, sm] = w.start.split(':').map(Number);
      const [eh, em] = w.end.split(':').map(Number);
      return (
        (!w.days || w.days.includes(local.weekday)) && minute >= sh! * 60 + sm! && minute < eh! * 60 + em!
      );
    });
  };
  // Windows and zone offsets sit on quarter hours: step to the next quarter, then a quarter at a time.
  let left = p.replyWithinMinutes;
  let t = received;
  while (t < received + 400 * 1440 * MINUTE) {
    const step = 15 - ((t / MINUTE) % 15);
    if (inside(t)) {
      if (left <= step) return t + left * MINUTE;
      left -= step;
    }
    t += step * MINUTE;
  }
  return null;
}

describe('zone cache', () => {
  it('gives the same wall clock as Intl, across DST and odd offsets', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'America/New_York',
          'Australia/Lord_Howe',
          'Pacific/Chatham',
          'Asia/Kathmandu',
          'Europe/London',
          'Asia/Shanghai',
          'America/Sao_Paulo',
        ),
        fc.integer({ min: Date.parse('2000-01-01T00:00:00Z'), max: Date.parse('2037-12-31T00:00:00Z') }),
        (zone, instant) => {
          expect(localParts(instant, zone)).toEqual(intlLocal(instant, zone));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('is exact around every 2026 DST transition in New York and Lord Howe', () => {
    for (const [zone, at] of [
      ['America/New_York', '2026-03-08T07:00:00Z'],
      ['America/New_York', '2026-11-01T06:00:00Z'],
      ['Australia/Lord_Howe', '2026-04-04T15:00:00Z'],
      ['Australia/Lord_Howe', '2026-10-03T15:30:00Z'],
    ] as const) {
      for (const delta of [-1000, -1, 0, 1, 1000]) {
        const instant = Date.parse(at) + delta;
        expect(localParts(instant, zone)).toEqual(intlLocal(instant, zone));
      }
    }
  });
});

describe('business clock properties', () => {
  it('matches a wall-clock walking oracle in zones without DST', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Asia/Shanghai', 'Asia/Kathmandu', 'UTC'),
        fc.array(windowArb, { minLength: 1, maxLength: 2 }),
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: FROM / MINUTE, max: TO / MINUTE }),
        (zone, windows, minutes, receivedMinute) => {
          // Non-overlapping windows keep the oracle simple.
          const p = policy(zone, windows.slice(0, 1), minutes);
          const received = receivedMinute * MINUTE;
          expect(replyDeadline(p, received)).toBe(oracle(p, received));
        },
      ),
      { numRuns: 80 },
    );
  });

  it('is monotonic, ends inside a window, and states agree with remainingSeconds (DST zones too)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Shanghai'),
        windowArb,
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: FROM, max: TO }),
        fc.integer({ min: 0, max: 7 * 1440 * MINUTE }),
        fc.integer({ min: -2 * 1440 * MINUTE, max: 10 * 1440 * MINUTE }),
        (zone, window, minutes, received, later, offset) => {
          const p = policy(zone, [window], minutes);
          const deadline = replyDeadline(p, received);
          const next = replyDeadline(p, received + later);
          if (deadline === null || next === null) return;
          expect(deadline).toBeGreaterThan(received);
          expect(next).toBeGreaterThanOrEqual(deadline);
          expect(isWithinHours(p.businessHours!, deadline - 1)).toBe(true);
          const status = slaStatus(p, received, received + offset);
          expect(status.remainingSeconds! < 0).toBe(status.state === 'overdue');
        },
      ),
      { numRuns: 150 },
    );
  });

  it('calendar deadlines are received + duration exactly', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: FROM, max: TO }),
        fc.integer({ min: 1, max: 5000 }),
        (received, minutes) => {
          const p = ReplyPolicySchema.parse({
            replyWithinMinutes: minutes,
            clock: 'calendar',
            dueSoon: { minutes: 1 },
            source: 'x',
          });
          expect(replyDeadline(p, received)).toBe(received + minutes * MINUTE);
        },
      ),
      { numRuns: 100 },
    );
  });
});
