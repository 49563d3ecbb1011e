import { render, type VNode } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { UiLayer } from './env';
import type { UiHost } from './ui-host';

/** The app's component styles (built beside it by scripts/content-app-build.ts). */
const APP_STYLES = '/content-scripts/app/app.css' as const;

/**
 * The Preact side of the host the loader made: the components' styles go into the shadow root, and
 * each feature renders into a slot of its own.
 */
export async function uiLayer(
  ctx: ContentScriptContext,
  { host, shadow, container }: UiHost,
): Promise<UiLayer> {
  const style = document.createElement('style');
  style.textContent = await fetch(browser.runtime.getURL(APP_STYLES)).then((response) => response.text());
  container.before(style);
  const slots = new Map<string, HTMLElement>();
  ctx.onInvalidated(() => {
    for (const slot of slots.values()) render(null, slot);
    slots.clear();
  });
  return {
    host,
    shadow,
    render(slot, vnode: VNode | null) {
      if (!ctx.isValid) return;
      let element = slots.get(slot);
      if (!element) {
        element = document.createElement('div');
        element.dataset.slot = slot;
        container.append(element);
        slots.set(slot, element);
      }
      render(vnode, element);
    },
  };
}

/** A render function for one feature's slot in our layer; the slot is emptied when `signal` aborts. */
export function layerSlot(layer: UiLayer, slot: string, signal: AbortSignal): (vnode: VNode | null) => void {
  signal.addEventListener('abort', () => layer.render(slot, null), { once: true });
  return (vnode) => {
    if (!signal.aborted) layer.render(slot, vnode);
  };
}
