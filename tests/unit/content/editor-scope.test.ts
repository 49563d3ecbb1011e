import { describe, expect, it, vi } from 'vitest';
import { eachEditor, eachEditorWindow } from '@/lib/content/editor-scope';
import { observable } from '@/lib/content/observable';
import { nextFrame } from '@/lib/content/redraw';
import { watchStored } from '@/lib/content/stored';
import type { Editor } from '@/lib/editor/types';
import { settings } from '@/lib/storage/items';

const editorOf = (el: HTMLElement, frame: HTMLIFrameElement | null = null): Editor => ({
  kind: 'text',
  el,
  anchor: frame ?? el,
  frame,
});

describe('editor scopes', () => {
  it('gives each new editor a scope that ends when the editor changes or the signal aborts', () => {
    const a = editorOf(document.createElement('textarea'));
    const b = editorOf(document.createElement('textarea'));
    const state = observable<{ editor: Editor | null }>({ editor: a });
    const stop = new AbortController();
    const scopes: Array<[Editor, AbortSignal]> = [];
    eachEditor(state, stop.signal, (editor, scope) => scopes.push([editor, scope]));
    state.set({ editor: a }); // the same editor re-linted: no new scope
    state.set({ editor: b });
    expect(scopes.map(([editor]) => editor)).toEqual([a, b]);
    expect(scopes[0]?.[1].aborted).toBe(true);
    stop.abort();
    expect(scopes[1]?.[1].aborted).toBe(true);
  });

  it("attaches to our window at once and to the editor iframe's window while the editor lives there", () => {
    // happy-dom loads no iframes: an editor whose document belongs to another window stands in.
    const frame = document.createElement('iframe');
    const frameWindow = { frameElement: frame } as unknown as Window;
    const inner = document.createElement('textarea');
    Object.defineProperty(inner, 'ownerDocument', { value: { defaultView: frameWindow } });
    const state = observable<{ editor: Editor | null }>({ editor: null });
    const stop = new AbortController();
    const windows: Array<[Window, AbortSignal]> = [];
    eachEditorWindow(state, stop.signal, (win, scope) => windows.push([win, scope]));
    expect(windows.map(([win]) => win)).toEqual([window]);
    state.set({ editor: editorOf(inner, frame) });
    expect(windows[1]?.[0]).toBe(frameWindow);
    state.set({ editor: null });
    expect(windows[1]?.[1].aborted).toBe(true);
    expect(windows[0]?.[1].aborted).toBe(false);
    stop.abort();
  });
});

describe('kit', () => {
  it('runs a drawing once on the next frame however often it is asked, and never after abort', () => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
    const draw = vi.fn();
    const stop = new AbortController();
    const schedule = nextFrame(draw, stop.signal);
    schedule();
    schedule();
    vi.advanceTimersToNextFrame();
    expect(draw).toHaveBeenCalledTimes(1);
    schedule();
    stop.abort();
    vi.advanceTimersToNextFrame();
    expect(draw).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('follows a storage item until the signal aborts', async () => {
    const stop = new AbortController();
    const value = await watchStored(settings, stop.signal);
    expect(value.get().pausedUntil).toBe(0);
    await settings.update((current) => ({ ...current, pausedUntil: 9 }));
    await vi.waitFor(() => expect(value.get().pausedUntil).toBe(9));
    stop.abort();
    await settings.update((current) => ({ ...current, pausedUntil: 10 }));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(value.get().pausedUntil).toBe(9);
  });
});
