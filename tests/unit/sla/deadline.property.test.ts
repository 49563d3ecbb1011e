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

/** Independent oracle: walk the clock, asking the wall clock whether each minute is inside a window. */
function oracle(p: ReplyPolicy, received: number): number | null {
  const hours = p.businessHours!;
  const inside = (instant: number) => {
    const local = localParts(instant, hours.timeZone);
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
