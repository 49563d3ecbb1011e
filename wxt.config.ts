import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { manifestCommands } from './lib/keys/commands';

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
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'replyguard@replyguard.app',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          }
        : undefined,
  }),
});
