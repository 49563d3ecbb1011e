import { createEditorSession, type EditorSession } from './editor-session';
import type { ContentEnv } from './env';
import type { AnyFeature, FeatureEnv, Need } from './feature';
import { countLints, featureFailed, featureStarted, featureStopped } from './page-status';
import { warmEngine } from './rules-runtime';

/** A same-origin child frame is handled by the parent's content script (it sees into the iframe). */
function handledByParent(win: Window = window): boolean {
  try {
    return win !== win.top && win.frameElement !== null;
  } catch {
    return false;
  }
}

/**
 * Starts the features that belong in this frame, in order, each with what it declared it needs. Chat-page
 * features start and stop as SPA routes enter and leave the portal's chat pages. A feature that fails
 * never takes the others down or throws into the page.
 */
export async function startFeatures(features: readonly AnyFeature[], env: ContentEnv): Promise<void> {
  const outer = !handledByParent();
  let session: EditorSession | undefined;
  let warm = false;
  const onChat = (url: URL) => env.portal?.isChatPage(url) ?? false;
  const running = new Map<AnyFeature, AbortController>();

  const start = async (feature: AnyFeature) => {
    const scope = new AbortController();
    env.signal.addEventListener('abort', () => scope.abort(), { once: true, signal: scope.signal });
    running.set(feature, scope);
    const needs = new Set<Need>(feature.needs);
    if (needs.has('editor')) session ??= createEditorSession(env);
    if (needs.has('engine') && !warm) {
      warm = true;
      warmEngine(env.rules, env.signal);
    }
    const featureEnv = (
      needs.has('editor')
        ? { ...env, signal: scope.signal, editor: session }
        : { ...env, signal: scope.signal }
    ) as FeatureEnv<Need>;
    try {
      await (feature.init as (env: FeatureEnv<Need>) => void | Promise<void>)(featureEnv);
      if (!scope.signal.aborted) featureStarted(env.layer.host, feature.id);
    } catch (error) {
      featureFailed(env.layer.host, feature.id, error);
    }
  };

  const here = features.filter((feature) => feature.frames === 'all' || outer);
  for (const feature of here) {
    if (feature.pages === 'any' || onChat(new URL(location.href))) await start(feature);
  }
  if (session) countLints(env.layer.host, session.state, env.signal);
  if (!here.some((feature) => feature.pages === 'chat')) return;
  env.ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
    const chat = onChat(newUrl);
    for (const feature of here.filter((candidate) => candidate.pages === 'chat')) {
      const scope = running.get(feature);
      if (chat && !scope) void start(feature);
      if (!chat && scope) {
        running.delete(feature);
        scope.abort();
        featureStopped(env.layer.host, feature.id);
      }
    }
  });
}
