import { resolve } from 'node:path';
import { build, type InlineConfig, mergeConfig, type PluginOption } from 'vite';
import type { Wxt } from 'wxt';

/** Where the content app's ES modules go in the package (web-accessible on the portal hosts). */
export const CONTENT_APP_DIR = 'content-scripts/app';
/** The entry module's path in the package (lib/content/loader.ts imports it). */
export const CONTENT_APP_ENTRY = `${CONTENT_APP_DIR}/app.js`;
/** The styles of the app's components, drawn inside our shadow root (lib/content/ui-layer.ts). */
export const CONTENT_APP_STYLES = `${CONTENT_APP_DIR}/app.css`;
const ENTRY = 'entrypoints/content/app.ts';

/**
 * The content script is a small loader (entrypoints/content/index.ts); the rest of ReplyGuard's page side
 * is an ES module it imports when a frame needs it (lib/content/loader.ts). WXT bundles content scripts as
 * one IIFE, so this second build makes the ES module, with its heavy parts (the lint engine, the bundled
 * packs) split into chunks of their own that load later still. It reuses the content script's Vite config
 * (aliases, Preact, defines) and runs after WXT's build, for both browsers.
 */
export function contentAppHooks(matches: string[]) {
  let base: InlineConfig | undefined;
  return {
    'vite:build:extendConfig': (entrypoints: readonly { name: string }[], config: InlineConfig) => {
      if (entrypoints.some((entrypoint) => entrypoint.name === 'content')) base = config;
    },
    'build:manifestGenerated': (_wxt: Wxt, manifest: { web_accessible_resources?: unknown[] }) => {
      manifest.web_accessible_resources ??= [];
      // WXT rewrites this MV3 form for MV2 (Firefox).
      manifest.web_accessible_resources.push({ matches, resources: [`${CONTENT_APP_DIR}/*`] });
    },
    'prepare:publicPaths': (_wxt: Wxt, paths: unknown[]) => {
      paths.push(CONTENT_APP_ENTRY, CONTENT_APP_STYLES);
    },
    'build:done': async (wxt: Wxt) => {
      if (!base) throw new Error('content-app build: the content script was not built');
      // WXT's IIFE footer names a global the ES module does not have.
      const plugins = (base.plugins ?? [])
        .flat(Infinity as 1)
        .filter((plugin) => !(plugin && 'name' in plugin && plugin.name === 'wxt:iife-footer'));
      const own: InlineConfig = {
        configFile: false,
        logLevel: 'warn',
        build: {
          emptyOutDir: false,
          // The lint engine's chunk is large by nature (phone metadata, RE2): it loads on the first focus.
          chunkSizeWarningLimit: 1024,
          outDir: resolve(wxt.config.outDir, CONTENT_APP_DIR),
          lib: { entry: resolve(wxt.config.root, ENTRY), formats: ['es'], fileName: 'app' },
          rollupOptions: {
            output: {
              // Minified like the content script: less to parse on the page.
              minify: true,
              entryFileNames: 'app.js',
              chunkFileNames: '[name]-[hash].js',
              assetFileNames: '[name][extname]',
            },
          },
        },
      };
      // The content script's own output settings (IIFE, its file names) are replaced, not merged.
      const { lib: _lib, rollupOptions: _rollup, ...buildRest } = base.build ?? {};
      await build(mergeConfig({ ...base, build: buildRest, plugins: plugins as PluginOption[] }, own));
    },
  };
}
