import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { manifestCommands } from './lib/keys/commands';
import { PORTAL_MATCHES } from './lib/portals/registry';
import { contentAppHooks } from './scripts/content-app-build';

const contentApp = contentAppHooks(PORTAL_MATCHES);

// See DESIGN.md: content scripts run on the seller-portal chat hosts only, in every frame.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications'],
    optional_host_permissions: browser === 'firefox' ? undefined : ['https://*/*'],
    optional_permissions: browser === 'firefox' ? ['https://*/*'] : undefined,
    // Enterprise policy for rule-pack sources (lib/rules/registry-sources.ts); Firefox reads policies.json.
    storage: browser === 'firefox' ? undefined : { managed_schema: 'managed-schema.json' },
    commands: manifestCommands(),
    // Both packages carry the Firefox id: Chrome ignores the key, and web-ext lint needs it on an MV3 package.
    // data_collection_permissions needs Firefox 140 on desktop and 142 on Android.
    browser_specific_settings: {
      gecko: {
        id: 'replyguard@replyguard.app',
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
  hooks: {
    ...contentApp,
    // The Chrome package also passes web-ext lint, which wants a background that Firefox can run: the same
    // script as a fallback beside the service worker. Chrome ignores it (in developer mode it lists the
    // key as an unneeded MV2 key); Firefox ignores the service worker.
    'build:manifestGenerated': (wxt, manifest) => {
      contentApp['build:manifestGenerated'](wxt, manifest);
      const background = manifest.background;
      if (wxt.config.browser !== 'chrome' || !background || !('service_worker' in background)) return;
      Object.assign(background, {
        scripts: [background.service_worker],
        preferred_environment: ['service_worker', 'document'],
      });
    },
  },
});
