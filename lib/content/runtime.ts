import type { EditorSession } from './editor-session';
import type { ActiveRules, ContentEnv, EditingEnv, Observable } from './env';
import type { AnyFeature, FeatureEnv, Need } from './feature';
import { handledByParent } from './frame-role';
import { countLints, featureFailed, featureStarted, featureStopped } from './page-status';

/** Compiles the lint engine now and after every rules change, so the first keystroke is linted at once. */
function warmEngine(rules: Observable<ActiveRules>, signal: AbortSignal): void {
  const warm = () => void rules.get().linter;
  warm();
  rules.subscribe(warm, signal);
}

/**
 * Starts the features that belong in this frame, in order, each with what it declared it needs. Chat-page
 * features start and stop as SPA routes enter and leave the portal's chat pages. A feature that fails
 * never takes the others down or throws into the page.
 */
export async function startFeatures(
  features: readonly AnyFeature[],
  env: ContentEnv,
  /** The whole rules and the editor session, for features that need the editor (the editing chunk). */
  editing?: { rules: Observable<ActiveRules>; session: (env: EditingEnv) => EditorSession },
): Promise<void> {
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
    try {
      let featureEnv: FeatureEnv<Need> | ContentEnv = { ...env, signal: scope.signal };
      if (needs.has('editor') || needs.has('engine')) {
        if (!editing) throw new Error(`${feature.id} needs the editor`);
        const whole: EditingEnv = { ...env, rules: editing.rules };
        session ??= editing.session(whole);
        if (needs.has('engine') && !warm) {
          warm = true;
          warmEngine(editing.rules, env.signal);
        }
        featureEnv = { ...whole, signal: scope.signal, editor: session };
      }
      await (feature.init as (env: FeatureEnv<Need> | ContentEnv) => void | Promise<void>)(featureEnv);
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
