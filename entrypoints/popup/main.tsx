import '@/lib/zod-config';
import { render } from 'preact';
import { Popup } from '@/components/popup/Popup';
import { setUiLocale } from '@/lib/i18n';
import { settings as storedSettings } from '@/lib/storage/items';

void storedSettings.get().then((settings) => {
  setUiLocale(settings.uiLocale);
  render(<Popup />, document.getElementById('app')!);
});
