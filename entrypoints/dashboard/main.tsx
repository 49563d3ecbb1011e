import '@/lib/zod-config';
import { render } from 'preact';
import { Dashboard } from '@/components/sla/Dashboard';
import { setUiLocale } from '@/lib/i18n';
import { loadSettings } from '@/lib/settings/schema';

void loadSettings().then((settings) => {
  setUiLocale(settings.uiLocale);
  render(<Dashboard />, document.getElementById('app')!);
});
