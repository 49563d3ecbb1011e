import { describe, expect, it, vi } from 'vitest';
import { SlaReport } from '@/lib/messaging/sla';
import { bundledPacks } from '@/lib/rules/bundled';
import { answeredReports, reportSignature, SlaReporter, waitingReports } from '@/lib/sla/report';

const pdd = bundledPacks().pinduoduo!.reply!;
const at = Date.parse('2026-11-23T10:00:00+08:00');

describe('reports to the background', () => {
  it('computes deadlines and states and always fits the message schema', () => {
    const waiting = waitingReports(
      pdd,
      [
        { id: 'a', buyer: 'x'.repeat(500), receivedAt: at, seenAt: at },
        { id: 'b', buyer: '', receivedAt: Date.parse('2026-11-23T06:00:00+08:00'), seenAt: at },
        { id: 'y'.repeat(300), buyer: 'long id', receivedAt: at, seenAt: at },
      ],
      at + 150_000,
    );
    expect(waiting.map((w) => [w.id, w.state, w.deadline])).toEqual([
      ['a', 'due-soon', at + 180_000],
      ['b', 'exempt', null],
    ]);
    const answered = answeredReports(pdd, [{ id: 'a', receivedAt: at, answeredAt: at + 60_000 }]);
    expect(answered).toEqual([{ id: 'a', receivedAt: at, answeredAt: at + 60_000, deadline: at + 180_000 }]);
    expect(() =>
      SlaReport.request.parse({ platform: 'pinduoduo', timeZone: 'Asia/Shanghai', waiting, answered }),
    ).not.toThrow();
  });

  it('signs only what the background acts on, in any order', () => {
    const a = { id: 'a', receivedAt: 1, deadline: 2, state: 'ok' as const };
    const b = { id: 'b', receivedAt: 1, deadline: null, state: 'exempt' as const };
    expect(reportSignature([a, b])).toBe(reportSignature([b, a]));
    expect(reportSignature([a])).not.toBe(reportSignature([{ ...a, state: 'due-soon' }]));
  });
});

describe('SlaReporter', () => {
  const waiting = (state: 'ok' | 'overdue') => [{ id: 'a', receivedAt: 1, deadline: 2, state }];

  it('sends when the waiting set changes or answers are pending, not on every tick', async () => {
    const send = vi.fn(() => Promise.resolve());
    const reporter = new SlaReporter(send);
    reporter.report(waiting('ok'));
    reporter.report(waiting('ok'));
    expect(send).toHaveBeenCalledTimes(1);
    reporter.answered([{ id: 'b', receivedAt: 1, answeredAt: 3, deadline: null }]);
    reporter.report(waiting('ok'));
    expect(send).toHaveBeenLastCalledWith({
      waiting: waiting('ok'),
      answered: [expect.objectContaining({ id: 'b' })],
    });
    reporter.report(waiting('overdue'));
    expect(send).toHaveBeenCalledTimes(3);
    reporter.again();
    reporter.report(waiting('overdue'));
    expect(send).toHaveBeenCalledTimes(4);
  });

  it('sends the whole set again after a failed send', async () => {
    const send = vi.fn(() => Promise.reject(new Error('asleep')));
    const reporter = new SlaReporter(send);
    reporter.report(waiting('ok'));
    await Promise.resolve();
    await Promise.resolve();
    reporter.report(waiting('ok'));
    expect(send).toHaveBeenCalledTimes(2);
  });
});
