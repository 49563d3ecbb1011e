import '@/lib/zod-config';
import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import { setUiLocale } from '@/lib/i18n';
import { loadSettings } from '@/lib/settings/schema';

void loadSettings().then((settings) => {
  setUiLocale(settings.uiLocale);
  render(<Popup />, document.getElementById('app')!);
});
