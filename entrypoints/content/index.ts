import '@/lib/zod-config';
import '@/components/styles.css';
import { PORTAL_MATCHES } from '@/lib/portals/registry';
import { startContent } from './start';

export default defineContentScript({
  matches: PORTAL_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main: (ctx) => startContent(ctx),
});
