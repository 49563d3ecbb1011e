import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEditorSession } from '@/lib/content/editor-session';
import type { ContentEnv } from '@/lib/content/env';
import { defineFeature } from '@/lib/content/feature';
import { observable } from '@/lib/content/observable';
import { startFeatures } from '@/lib/content/runtime';
import type { Linter } from '@/lib/detect/types';
import { shopee } from '@/lib/portals/shopee';
import { SettingsSchema } from '@/lib/settings/schema';

/** An environment whose context lets the test fire SPA route changes. */
function makeEnv() {
  const controller = new AbortController();
  const routes: Array<(event: { newUrl: URL }) => void> = [];
  const compiled = vi.fn();
  const linter: Linter = { lint: () => [] };
  const env = {
    ctx: {
      isValid: true,
      addEventListener: (_target: unknown, _type: string, listener: (event: { newUrl: URL }) => void) =>
        routes.push(listener),
    } as unknown as ContentEnv['ctx'],
    signal: controller.signal,
    platform: 'shopee',
    portal: shopee,
    layer: { host: document.createElement('div') } as unknown as ContentEnv['layer'],
    rules: observable({
      packs: [],
      selectors: {},
      get linter() {
        compiled();
        return linter;
      },
    }),
    settings: observable(SettingsSchema.parse({})),
  } satisfies ContentEnv;
  const route = (url: string) => {
    for (const listener of routes) listener({ newUrl: new URL(url) });
  };
  return { env, controller, route, compiled };
}

describe('content runtime', () => {
  afterEach(() => {
    history.replaceState(null, '', '/');
  });

  it('starts features in order, gives the editor only to those that need it, one session for all', async () => {
    const { env, controller, compiled } = makeEnv();
    const seen: string[] = [];
    const sessions = new Set<unknown>();
    const features = [
      defineFeature({
        id: 'a',
        frames: 'outer',
        pages: 'any',
        needs: ['editor', 'engine'],
        init: (feature) => {
          seen.push('a');
          sessions.add(feature.editor);
        },
      }),
      defineFeature({
        id: 'b',
        frames: 'all',
        pages: 'any',
        needs: [],
        init: (feature) => {
          seen.push(`b:${'editor' in feature}`);
        },
      }),
      defineFeature({
        id: 'c',
        frames: 'outer',
        pages: 'any',
        needs: ['editor'],
        init: (feature) => {
          seen.push('c');
          sessions.add(feature.editor);
        },
      }),
    ];
    await startFeatures(features, env, { rules: env.rules, session: createEditorSession });
    expect(seen).toEqual(['a', 'b:false', 'c']);
    expect(sessions.size).toBe(1);
    expect(compiled).toHaveBeenCalled(); // the engine is warmed for a feature that lints
    controller.abort();
  });

  it('does not start a feature that needs the editor without the editing parts', async () => {
    const { env, controller } = makeEnv();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const started: string[] = [];
    await startFeatures(
      [
        defineFeature({
          id: 'e',
          frames: 'outer',
          pages: 'any',
          needs: ['editor'],
          init: () => void started.push('e'),
        }),
      ],
      env,
    );
    expect(started).toEqual([]);
    expect(env.layer.host.dataset.failed).toBe('e');
    controller.abort();
  });

  it('compiles no engine when no feature needs one', async () => {
    const { env, controller, compiled } = makeEnv();
    await startFeatures(
      [defineFeature({ id: 'x', frames: 'all', pages: 'any', needs: [], init: () => {} })],
      env,
    );
    expect(compiled).not.toHaveBeenCalled();
    controller.abort();
  });

  it('keeps going when a feature fails to start', async () => {
    const { env, controller } = makeEnv();
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const started: string[] = [];
    await startFeatures(
      [
        defineFeature({
          id: 'bad',
          frames: 'all',
          pages: 'any',
          needs: [],
          init: () => Promise.reject(new Error('x')),
        }),
        defineFeature({
          id: 'good',
          frames: 'all',
          pages: 'any',
          needs: [],
          init: () => void started.push('good'),
        }),
      ],
      env,
    );
    expect(started).toEqual(['good']);
    controller.abort();
  });

  it('starts a chat-page feature on chat routes only, and stops it when the route leaves chat', async () => {
    const { env, controller, route } = makeEnv();
    const runs: AbortSignal[] = [];
    const feature = defineFeature({
      id: 'chat',
      frames: 'all',
      pages: 'chat',
      needs: [],
      init: ({ signal }) => void runs.push(signal),
    });
    history.replaceState(null, '', '/portal/product');
    await startFeatures([feature], env);
    expect(runs).toHaveLength(0);
    route('https://seller.shopee.cn/webchat/conversations');
    expect(runs).toHaveLength(1);
    route('https://seller.shopee.cn/webchat/conversations/2');
    expect(runs).toHaveLength(1);
    route('https://seller.shopee.cn/portal/product');
    expect(runs[0]?.aborted).toBe(true);
    route('https://seller.shopee.cn/webchat/conversations');
    expect(runs).toHaveLength(2);
    controller.abort();
    expect(runs[1]?.aborted).toBe(true);
  });
});
