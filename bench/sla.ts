/**
 * Reply deadlines: the work the sla-badges feature does every second for a busy list (statuses of 200 waiting
 * conversations under each kind of policy) and the list-time parser on typical portal strings.
 */
import { bundledPacks } from '@/lib/rules/bundled';
import { slaStatus } from '@/lib/sla/deadline';
import type { ReplyPolicy } from '@/lib/sla/policy-schema';
import { parsePortalTime } from '@/lib/sla/relative-time';
import { mergeTeamPolicy } from '@/lib/sla/team';
import { fmt, register, seeded, time } from './harness';

const CONVERSATIONS = 200;
/** Budgets: a later tick (the badges redraw every second) and first sight of a full list (page load). */
const TICK_BUDGET_MS = 5;
const FIRST_SIGHT_BUDGET_MS = 100;

const TIMES = [
  '刚刚',
  '3分钟前',
  '昨天 14:05',
  'Yesterday 14:05',
  '14:05',
  '11-22 09:30',
  '2026/11/22 09:30',
  '2 hours ago',
  '5 min',
  'Mon 10:12',
  '11月22日',
  '2026-11-22T09:30:00Z',
  '1795000000000',
  '11/21/2026, 10:30:20 AM',
];

function policies(): Array<[string, ReplyPolicy]> {
  const packs = bundledPacks();
  const walmart = packs.walmart!.reply!;
  return [
    ['Pinduoduo (3 min, counted hours)', packs.pinduoduo!.reply!],
    ['Walmart (48 h calendar)', walmart],
    [
      'Walmart + team business hours (20 h, Mon-Fri 09:00-18:00 New York)',
      mergeTeamPolicy(walmart, {
        replyWithinMinutes: 1200,
        businessHours: {
          timeZone: 'America/New_York',
          windows: [{ start: '09:00', end: '18:00', days: [1, 2, 3, 4, 5] }],
        },
      }),
    ],
  ];
}

register({
  name: 'reply deadlines',
  run() {
    const random = seeded(11);
    const now = Date.UTC(2026, 10, 23, 6, 0, 0);
    const received = Array.from({ length: CONVERSATIONS }, () => now - Math.floor(random() * 3 * 86_400_000));
    const rows = policies().map(([name, policy]) => {
      // First sight: a fresh policy object defeats the per-policy deadline memo, as after a pack update.
      const cold = time(
        [received],
        (list) => {
          const fresh = { ...policy };
          return list.map((at) => slaStatus(fresh, at, now));
        },
        30,
        4000,
      );
      const tick = time([received], (list) => list.map((at) => slaStatus(policy, at, now)), 50, 4000);
      const ok = cold.p95Ms <= FIRST_SIGHT_BUDGET_MS && tick.p95Ms <= TICK_BUDGET_MS ? 'yes' : '**no**';
      return `| ${name} | ${fmt(cold.medianMs)} | ${fmt(cold.p95Ms)} | ${fmt(tick.medianMs)} | ${fmt(tick.p95Ms)} | ${ok} |`;
    });
    const parse = time(TIMES, (text) => parsePortalTime(text, now, 'Asia/Shanghai'), 200, 4000);
    return [
      `## Reply deadlines (${CONVERSATIONS} waiting conversations per tick)`,
      '',
      `Statuses for all waiting conversations, as the badges compute them every second (budgets: first sight ${FIRST_SIGHT_BUDGET_MS} ms, later ticks ${TICK_BUDGET_MS} ms).`,
      'Deadlines are memoised per policy and receipt time, so later ticks only compare clocks.',
      '',
      '| policy | first sight median ms | p95 ms | later ticks median ms | p95 ms | within budgets |',
      '|---|---|---|---|---|---|',
      ...rows,
      '',
      `List-time parsing (${TIMES.length} portal formats): median ${fmt(parse.medianMs)} ms, p95 ${fmt(parse.p95Ms)} ms per string.`,
    ].join('\n');
  },
});
