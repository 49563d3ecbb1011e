import '@/lib/zod-config';
import { render } from 'preact';
import { Options } from '@/components/options/Options';
import { setUiLocale } from '@/lib/i18n';
import { settings as storedSettings } from '@/lib/storage/items';

void storedSettings.get().then((settings) => {
  setUiLocale(settings.uiLocale);
  render(<Options />, document.getElementById('app')!);
});
