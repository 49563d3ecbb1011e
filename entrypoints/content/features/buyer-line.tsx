import { BuyerLine } from '@/components/buyer/BuyerLine';
import { currentBuyer } from '@/lib/content/buyer';
import { onEditorLayout } from '@/lib/content/editor-layout';
import { defineFeature } from '@/lib/content/feature';
import { guarded } from '@/lib/content/handlers';
import { nextFrame } from '@/lib/content/redraw';
import { layerSlot } from '@/lib/content/ui-layer';
import { editorRect } from '@/lib/editor/rects';
import { uiLocale } from '@/lib/i18n';
import { BuyerHolidays } from '@/lib/messaging/buyer';
import { sendMessage } from '@/lib/messaging/define';
import { stripRow } from '@/lib/overlay/strip-place';

type Holiday = { date: string; name: string };
/** Holidays this many days ahead are worth a word. */
const HOLIDAY_DAYS = 14;

/**
 * The buyer's context by the reply box (issue #16): their local time from the market (the page's
 * country, the portal's market, the language they wrote in), night there, the next public holiday in
 * that market (asked of the background, which holds the holiday data) and their language.
 */
export const buyerLine = defineFeature({
  id: 'buyer-line',
  frames: 'outer',
  pages: 'any',
  needs: ['editor'],
  init({ signal, platform, editor: session, layer, settings }) {
    const show = layerSlot(layer, 'buyer', signal);
    const holidays = new Map<string, Holiday[] | 'asking'>();

    const holidayFor = (country: string, date: string): Holiday | undefined => {
      if (!country) return undefined;
      const key = `${country}:${date}`;
      const known = holidays.get(key);
      if (known === undefined) {
        holidays.set(key, 'asking');
        const language = uiLocale() === 'en' ? 'en' : 'zh';
        sendMessage(BuyerHolidays, { country, from: date, days: HOLIDAY_DAYS, language })
          .then(({ holidays: list }) => holidays.set(key, list))
          .catch(() => holidays.set(key, []))
          .finally(schedule);
      }
      return known === 'asking' ? undefined : known?.[0];
    };

    const draw = guarded(() => {
      const { editor, active } = session.state.get();
      const on = editor?.anchor.isConnected && active && settings.get().buyerContext;
      const row = on ? stripRow(editorRect(editor), window.innerWidth) : null;
      if (!row) return show(null);
      const buyer = currentBuyer(platform, session.conversation());
      const holiday = holidayFor(buyer.market.country, buyer.localDate);
      show(
        <BuyerLine buyer={buyer} holiday={holiday} top={row.top} right={row.right} maxWidth={row.width} />,
      );
    });
    const schedule = nextFrame(draw, signal);

    session.state.subscribe(schedule, signal);
    onEditorLayout(session.state, signal, schedule);
    // The clock moves and the conversation changes without input: look again every few seconds.
    const tick = window.setInterval(schedule, 5_000);
    signal.addEventListener('abort', () => window.clearInterval(tick), { once: true });
    schedule();
  },
});
