import { t } from '@/lib/i18n';

export function Popup() {
  return (
    <main
      class="rg-popup"
      style={{ minWidth: '280px', padding: '12px', fontFamily: 'system-ui, sans-serif' }}
    >
      <h1 style={{ fontSize: '15px', margin: 0 }}>{t('extName')}</h1>
    </main>
  );
}
