import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { COMMANDS, OPEN_TEMPLATES } from '@/lib/keys/commands';

const CHROME_SHORTCUTS = 'chrome://extensions/shortcuts';
type ShortcutSettings = { openShortcutSettings?: () => Promise<void> };

/** Opens the browser's own shortcut settings: Chrome's page, or Firefox's (Firefox 137+). */
function openShortcutSettings(): void {
  const commands = browser.commands as unknown as ShortcutSettings;
  if (import.meta.env.FIREFOX) void commands.openShortcutSettings?.();
  else void browser.tabs.create({ url: CHROME_SHORTCUTS });
}

/** The template picker's key as the browser has it bound, and how to change it in each browser. */
export function ShortcutHelp() {
  // The key the reply box answers to: the browser's binding, else the default (lib/content/shortcut.ts
  // listens for it itself when the browser bound nothing).
  const fallback = COMMANDS[OPEN_TEMPLATES].defaultKey;
  const [shortcut, setShortcut] = useState<string>(fallback);
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((all) => setShortcut(all.find((c) => c.name === OPEN_TEMPLATES)?.shortcut || fallback))
      .catch(() => undefined);
  }, []);
  const canOpen =
    !import.meta.env.FIREFOX ||
    typeof (browser.commands as unknown as ShortcutSettings).openShortcutSettings === 'function';

  return (
    <section class="rg-card" data-onboarding="shortcut" aria-labelledby="rg-shortcut-title">
      <h2 id="rg-shortcut-title">{t('onboardingShortcutTitle')}</h2>
      <p data-shortcut={shortcut}>
        {t('onboardingShortcutIs')} <kbd>{shortcut}</kbd>
      </p>
      <p>{t('onboardingAbbreviation')}</p>
      <ul>
        <li>
          {t('onboardingShortcutChrome')} <code>{CHROME_SHORTCUTS}</code>
        </li>
        <li>{t('onboardingShortcutFirefox')}</li>
      </ul>
      {canOpen && (
        <button type="button" data-action="open-shortcuts" onClick={openShortcutSettings}>
          {t('onboardingShortcutChange')}
        </button>
      )}
    </section>
  );
}
