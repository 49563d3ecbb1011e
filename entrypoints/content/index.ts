import '@/components/styles.css';
import { startLoader } from '@/lib/content/loader';
import { PORTAL_MATCHES } from '@/lib/portals/registry';

export default defineContentScript({
  matches: PORTAL_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main: (ctx) => startLoader(ctx),
});
