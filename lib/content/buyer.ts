import { type BuyerContext, buyerContext } from '@/lib/buyer/context';
import { requiredLanguage } from '@/lib/buyer/required';
import type { PlatformId } from '@/lib/platforms';
import { templateLanguage } from '@/lib/templates/language';
import type { Conversation } from './conversation';
import type { ActiveRules, Observable } from './env';

/** The buyer of the open conversation: market, local time, language (lib/buyer/context.ts). */
export function currentBuyer(platform: PlatformId, talk: Conversation, now = Date.now()): BuyerContext {
  return buyerContext({
    platform,
    url: new URL(location.href),
    pageCountry: talk.pageCountry,
    buyerText: talk.buyerLast,
    now,
  });
}

/** The template body to insert for this buyer: a language the platform requires, else the buyer's. */
export function replyLanguage(
  platform: PlatformId,
  rules: Observable<Pick<ActiveRules, 'packs'>>,
  buyer: BuyerContext,
  chosen?: string,
): string | undefined {
  return templateLanguage({
    required: requiredLanguage(platform, rules.get().packs),
    chosen,
    buyer: buyer.language,
  });
}
