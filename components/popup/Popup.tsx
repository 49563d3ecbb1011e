import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { sendToTab } from '@/lib/messaging/define';
import { TabStatus, type TabStatusValue } from '@/lib/messaging/popup';
import { platformForUrl } from '@/lib/portals/registry';
import { pauseRemaining } from '@/lib/settings/guard-active';
import type { Settings } from '@/lib/settings/schema';
import * as stored from '@/lib/storage/items';

const HOUR = 60 * 60 * 1000;

/** The tab the popup is about: the active one, or `?tab=<id>` (used when the popup is opened as a page). */
async function targetTab(): Promise<{ id?: number; url?: string } | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param) return browser.tabs.get(Number(param));
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

function hostOf(url: string | undefined): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

/** The toolbar popup: portal detected, findings in the reply box, switch off per site, pause for an hour. */
export function Popup() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [status, setStatus] = useState<TabStatusValue | null | undefined>();
  const [host, setHost] = useState('');
  const [overrides, setOverrides] = useState(0);

  const refresh = async () => {
    setSettings(await stored.settings.get());
    setOverrides((await stored.overrideCount.get()).count);
    const tab = await targetTab().catch(() => undefined);
    setHost(hostOf(tab?.url));
    if (tab?.id === undefined) return setStatus(null);
    try {
      const value = await sendToTab(TabStatus, tab.id, {});
      setStatus(value);
      setHost(value.host);
    } catch {
      setStatus(null); // no content script in that tab
    }
  };
  useEffect(() => {
    void refresh();
  }, []);

  if (!settings || status === undefined) return <main class="rg-popup" style={shell} />;
  const platform = status?.platform ?? (host ? platformForUrl(new URL(`https://${host}/`)) : 'generic');
  const disabled = host !== '' && settings.disabledHosts.includes(host);
  const paused = pauseRemaining(settings, Date.now()) > 0;
  /** Changes the stored settings as they are now (another page may have changed them since this render). */
  const update = async (patch: (current: Settings) => Partial<Settings>) => {
    setSettings(await stored.settings.update((current) => ({ ...current, ...patch(current) })));
    void refresh();
  };

  return (
    <main class="rg-popup" style={shell}>
      <h1 style={{ fontSize: '15px', margin: '0 0 8px' }}>{t('extName')}</h1>
      <p data-popup="platform" data-platform={platform} style={line}>
        {platform === 'generic' ? t('popupNoPortal') : t('popupPlatform', platform)}
      </p>
      {/* The actions first: what is shown below them changes as the tab answers, and a button that moved
          under the agent's pointer would take a click meant for another. */}
      <div style={{ display: 'flex', flexDirection: 'column', gap: '6px', margin: '8px 0' }}>
        {host && (platform !== 'generic' || disabled) ? (
          <button
            type="button"
            data-popup-action="toggle-site"
            style={button}
            onClick={() =>
              void update(({ disabledHosts }) => ({
                disabledHosts: disabled
                  ? disabledHosts.filter((entry) => entry !== host)
                  : [...disabledHosts.filter((entry) => entry !== host), host],
              }))
            }
          >
            {disabled ? t('popupEnableSite', host) : t('popupDisableSite', host)}
          </button>
        ) : null}
        <button
          type="button"
          data-popup-action={paused ? 'resume' : 'pause'}
          style={button}
          onClick={() => void update(() => ({ pausedUntil: paused ? 0 : Date.now() + HOUR }))}
        >
          {paused ? t('popupResume') : t('popupPause')}
        </button>
      </div>
      {platform === 'generic' ? null : status === null ? (
        <p data-popup="unavailable" style={line}>
          {t('popupUnavailable')}
        </p>
      ) : !status.editor ? (
        <p data-popup="findings" style={line}>
          {t('popupNoEditor')}
        </p>
      ) : (
        <p
          data-popup="findings"
          data-block={String(status.counts.block)}
          data-warn={String(status.counts.warn)}
          data-info={String(status.counts.info)}
          style={line}
        >
          {status.counts.block + status.counts.warn + status.counts.info === 0
            ? t('popupClean')
            : t('popupFindings', status.counts.block, status.counts.warn, status.counts.info)}
        </p>
      )}
      {disabled ? (
        <p style={line}>{t('popupSiteDisabled')}</p>
      ) : paused ? (
        <p style={line}>{t('popupPausedUntil', new Date(settings.pausedUntil).toLocaleTimeString())}</p>
      ) : null}
      <div style={{ display: 'flex', gap: '12px', marginTop: '10px' }}>
        <button
          type="button"
          data-popup-action="options"
          style={link}
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {t('popupOpenOptions')}
        </button>
        <button
          type="button"
          data-popup-action="dashboard"
          style={link}
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') })}
        >
          {t('popupOpenDashboard')}
        </button>
      </div>
      {overrides > 0 ? (
        <p data-popup="overrides" style={{ ...line, marginTop: '10px', color: '#5f6368', fontSize: '12px' }}>
          {t('popupOverrides', overrides)}
        </p>
      ) : null}
    </main>
  );
}

/** A popup's size: browsers fit the popup to this box (opened as a page, it stays this small). */
const shell = {
  width: '320px',
  boxSizing: 'border-box' as const,
  padding: '12px 14px',
  fontFamily: 'system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
  fontSize: '13px',
  color: '#202124',
};
const line = { margin: '4px 0' };
const link = {
  font: 'inherit',
  padding: 0,
  border: 0,
  background: 'none',
  color: '#1a73e8',
  cursor: 'pointer',
};
const button = {
  font: 'inherit',
  padding: '5px 10px',
  borderRadius: '4px',
  border: '1px solid #dadce0',
  background: '#fff',
  cursor: 'pointer',
  textAlign: 'left' as const,
};
