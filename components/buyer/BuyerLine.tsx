import type { BuyerContext } from '@/lib/buyer/context';
import { languageName } from '@/lib/buyer/language';
import { t, uiLocale } from '@/lib/i18n';

export interface BuyerLineProps {
  buyer: BuyerContext;
  /** The next public holiday in the buyer's market within two weeks, if any. */
  holiday?: { date: string; name: string };
  top: number;
  right: number;
  maxWidth: number;
}

/** The buyer's local time, night, holiday ahead and language (contract 4: `[data-replyguard-buyer]`). */
export function BuyerLine({ buyer, holiday, top, right, maxWidth }: BuyerLineProps) {
  const language = languageName(buyer.language, uiLocale());
  const parts = [
    t('buyerLocalTime', buyer.localTime),
    buyer.night ? t('buyerNight') : '',
    t(buyer.fromMessage ? 'buyerWrites' : 'buyerMarketLanguage', language),
    holiday ? t('buyerHoliday', holiday.date.slice(5), holiday.name) : '',
  ].filter(Boolean);
  return (
    <div
      data-replyguard-buyer=""
      data-local-time={buyer.localTime}
      data-language={buyer.language}
      data-country={buyer.market.country}
      data-time-zone={buyer.market.timeZone}
      data-night={buyer.night ? 'true' : 'false'}
      data-holiday={holiday?.date}
      role="status"
      aria-label={t('buyerLineLabel')}
      title={`${buyer.market.country} · ${buyer.market.timeZone}`}
      style={{
        position: 'fixed',
        top: `${top + 2}px`,
        // Under the explanation card and dialogs of our layer when they overlap (they come first).
        zIndex: -1,
        right: `${right}px`,
        maxWidth: `${Math.max(140, maxWidth * 0.4)}px`,
        overflow: 'hidden',
        whiteSpace: 'nowrap',
        textOverflow: 'ellipsis',
        font: '12px/1.4 system-ui, sans-serif',
        color: buyer.night ? '#5b3cc4' : '#3c4043',
        background: 'rgba(255,255,255,0.92)',
        border: '1px solid var(--rg-border, #dadce0)',
        borderRadius: '10px',
        padding: '1px 8px',
      }}
    >
      {buyer.night ? '🌙 ' : '🕑 '}
      {parts.join(' · ')}
    </div>
  );
}
