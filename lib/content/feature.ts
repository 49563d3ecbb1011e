import type { EditorSession } from './editor-session';
import type { ContentEnv, EditingEnv } from './env';

/**
 * What a feature needs started for it: `editor` = the page's shared editor session (`env.editor`);
 * `engine` = the lint engine compiled before the feature starts (the first keystroke is linted at once).
 */
export type Need = 'editor' | 'engine';

/** The environment a feature gets: `editor` and the whole rules only when it declared that it needs the editor. */
export type FeatureEnv<N extends Need> = 'editor' extends N
  ? EditingEnv & { editor: EditorSession }
  : ContentEnv;

/** One capability of the content script: one file, a declaration of where it runs, and `init`. */
export interface ContentFeature<N extends Need = Need> {
  id: string;
  /**
   * `outer`: the top frame, and frames whose parent cannot see into them (cross-origin). A same-origin
   * child frame is left to its parent's script, which reaches into it (iframe editors).
   * `all`: every frame.
   */
  frames: 'outer' | 'all';
  /** `any`: every page the content script runs on; `chat`: the portal's chat pages only (re-checked on route changes). */
  pages: 'any' | 'chat';
  needs: readonly N[];
  /** Starts the feature; everything it starts must stop when `env.signal` aborts. */
  init(env: FeatureEnv<N>): void | Promise<void>;
}

/** Any declared feature, whatever it needs: what the runtime starts. */
export type AnyFeature =
  | ContentFeature<never>
  | { [N in Need]: ContentFeature<N> }[Need]
  | ContentFeature<Need>;

/** Declares a feature; its `init` is typed by what it needs. */
export function defineFeature<const N extends Need = never>(feature: ContentFeature<N>): ContentFeature<N> {
  return feature;
}
