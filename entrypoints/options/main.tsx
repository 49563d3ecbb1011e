import '@/lib/zod-config';
import { render } from 'preact';
import { Options } from '@/components/options/Options';
import { setUiLocale } from '@/lib/i18n';
import { loadSettings } from '@/lib/settings/schema';

void loadSettings().then((settings) => {
  setUiLocale(settings.uiLocale);
  render(<Options />, document.getElementById('app')!);
});
