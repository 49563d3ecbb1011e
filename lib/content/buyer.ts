import { type BuyerContext, buyerContext } from '@/lib/buyer/context';
import { requiredLanguage } from '@/lib/buyer/required';
import type { PlatformId } from '@/lib/platforms';
import { platformTimeZone } from '@/lib/portals/registry';
import type { Settings } from '@/lib/settings/schema';
import { templateLanguage } from '@/lib/templates/language';
import { type RenderResult, renderTemplate } from '@/lib/templates/render';
import type { Template } from '@/lib/templates/schema';
import type { Conversation } from './conversation';
import type { ActiveRules, Observable } from './env';
import { templateValues } from './template-library';

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

/** A template rendered for the open conversation: page values, the buyer's language and date format. */
export function renderForBuyer(
  template: Template,
  env: { platform: PlatformId; rules: Observable<ActiveRules>; settings: Observable<Settings> },
  talk: Conversation,
): RenderResult {
  const buyer = currentBuyer(env.platform, talk);
  return renderTemplate(template, {
    values: templateValues(env.rules.get().selectors, env.settings.get()),
    locale: buyer.market.locale,
    timeZone: platformTimeZone(env.platform),
    now: Date.now(),
    language: replyLanguage(env.platform, env.rules, buyer),
  });
}
