/**
 * Starters installed by a release before the buyers' languages (only es/pt bodies then) gain the bodies
 * and keywords this release brings. Only languages the stored starter lacks are added; nothing the agent
 * wrote is replaced, and a starter whose default body the agent rewrote is left alone. Runs once per
 * install (see `STARTER_LANGUAGES_RELEASE`), so a language the agent deletes afterwards stays deleted. Pure.
 */
import type { Template } from './schema';
import { languagesAddedToStarter } from './starter';

/** Bump when a release brings starter bodies in new languages (and say which below). */
export const STARTER_LANGUAGES_RELEASE = 1;

/** The upgraded starter, or undefined when there is nothing to add or the agent rewrote it. */
export function upgradeStarter(stored: Template, current: Template): Template | undefined {
  if (stored.source !== 'starter' || stored.id !== current.id || stored.body !== current.body)
    return undefined;
  const added = languagesAddedToStarter(current.id)
    .filter((lang) => !(lang in stored.variants) && current.variants[lang])
    .map((lang) => [lang, current.variants[lang]!] as const);
  const keywords = stored.keywords === undefined && current.keywords?.length ? current.keywords : undefined;
  if (added.length === 0 && !keywords) return undefined;
  return {
    ...stored,
    variants: { ...stored.variants, ...Object.fromEntries(added) },
    keywords: keywords ?? stored.keywords,
  };
}
