import type { VNode } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Linter } from '@/lib/detect/types';
import type { PlatformId } from '@/lib/platforms';
import type { Selectors } from '@/lib/portals/selectors';
import type { PortalModule } from '@/lib/portals/types';
import type { Pack } from '@/lib/rules/pack-schema';
import type { PagePack } from '@/lib/rules/page-pack';
import type { Settings } from '@/lib/settings/schema';
import type { WhileLoading } from './held-send';

/** Our shadow-root layer (`<replyguard-ui>`): each feature renders into its own slot. */
export interface UiLayer {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Renders (or re-renders) a feature's Preact tree into its slot. */
  render(slot: string, vnode: VNode | null): void;
}

/** What page-wide features read of the rules in force: each pack's selectors and reply policy. */
export interface PageRules {
  packs: readonly PagePack[];
  /** The portal's selectors with the packs' over them. */
  selectors: Selectors;
}

/** The rules in force for the editing features; replaced when a pack or an override changes. */
export interface ActiveRules extends PageRules {
  packs: Pack[];
  /** The lint engine over `packs`, compiled on first use. */
  readonly linter: Linter;
}

export interface Observable<T> {
  get(): T;
  /** Calls `listener` on every change until `signal` aborts. */
  subscribe(listener: (value: T) => void, signal: AbortSignal): void;
}

/** What every content-script feature is given. Everything it starts must stop when `signal` aborts. */
export interface ContentEnv {
  ctx: ContentScriptContext;
  /** Aborts when the feature stops: the script is invalidated, or (chat-page features) the page leaves chat. */
  signal: AbortSignal;
  platform: PlatformId;
  portal: PortalModule | undefined;
  layer: UiLayer;
  /** The editing features get the whole rules (`EditingEnv`). */
  rules: Observable<PageRules>;
  settings: Observable<Settings>;
  /** What the agent did while the editing features loaded (a held send, a composition under way). */
  whileLoading?: WhileLoading;
}

/** What the editing features (those that need the editor) are given besides: the whole rules. */
export interface EditingEnv extends ContentEnv {
  rules: Observable<ActiveRules>;
}
