import type { PlatformId } from '@/lib/platforms';
import { buildSuggestIndex, type SuggestIndex, suggest } from '@/lib/suggest/rank';
import type { Template } from '@/lib/templates/schema';
import { libraryVersion, templateLibrary } from './template-library';

/** Asks for the list again at most this often when the agent comes back to the reply box. */
const REFRESH_MS = 5_000;

/**
 * The templates to suggest: the library from the background, indexed once per version of the list
 * (rebuilt only when a template is added, removed or edited), ranked on each call. While the list is
 * empty (the starters may still be seeding right after install) it asks again a few times.
 */
export function suggestionSource(platform: PlatformId, signal: AbortSignal, changed: () => void) {
  const library = templateLibrary(platform);
  let indexed: { version: string; index: SuggestIndex } | undefined;
  let refreshed = 0;

  const refresh = (force = false) => {
    if (!force && Date.now() - refreshed < REFRESH_MS && library.known().templates.length > 0) return;
    refreshed = Date.now();
    void library.refresh().then(() => signal.aborted || changed());
  };
  let tries = 0;
  const retry = window.setInterval(() => {
    if (++tries > 5 || library.known().templates.length > 0) window.clearInterval(retry);
    else refresh(true);
  }, 2_000);
  signal.addEventListener('abort', () => window.clearInterval(retry), { once: true });
  refresh(true);

  return {
    refresh,
    rank(buyer: string | undefined, typed: string): Template[] {
      const known = library.known();
      const version = libraryVersion(known);
      if (indexed?.version !== version) {
        indexed = { version, index: buildSuggestIndex(known.templates, known.pinyin) };
      }
      return suggest(indexed.index, { buyer, typed, platform }).map((hit) => hit.template);
    },
  };
}
