import '@/lib/zod-config';
import { render } from 'preact';
import { Dashboard } from '@/components/sla/Dashboard';
import { setUiLocale } from '@/lib/i18n';
import { settings as storedSettings } from '@/lib/storage/items';

void storedSettings.get().then((settings) => {
  setUiLocale(settings.uiLocale);
  render(<Dashboard />, document.getElementById('app')!);
});
