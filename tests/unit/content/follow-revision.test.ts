import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { followRevision } from '@/lib/content/follow-revision';
import { rulesChanged } from '@/lib/storage/items';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("following the background's rules revision", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'debug').mockImplementation(() => undefined);
  });

  it("takes the background's answer, and asks again when a new revision is published", async () => {
    let answer = { revision: 'r1', packs: ['common'] };
    const ask = vi.fn(async () => answer);
    const controller = new AbortController();
    const value = await followRevision(
      ask,
      (a) => a.packs,
      async () => ['bundled'],
      controller.signal,
    );
    expect(value.get()).toEqual(['common']);
    await flush();
    answer = { revision: 'r2', packs: ['common', 'team'] };
    await rulesChanged.set({ revision: 'r2', at: 1 });
    await vi.waitFor(() => expect(value.get()).toEqual(['common', 'team']));
    // The same revision again changes nothing; after abort nothing is asked.
    const asked = ask.mock.calls.length;
    controller.abort();
    await rulesChanged.set({ revision: 'r3', at: 2 });
    await flush();
    expect(ask.mock.calls.length).toBe(asked);
  });

  it('falls back when the background cannot answer after a few tries', async () => {
    vi.useFakeTimers();
    try {
      const ask = vi.fn(async () => {
        throw new Error('no receiver');
      });
      const pending = followRevision(
        ask,
        () => ['never'],
        async () => ['bundled'],
        new AbortController().signal,
      );
      await vi.runAllTimersAsync();
      expect((await pending).get()).toEqual(['bundled']);
      expect(ask).toHaveBeenCalledTimes(4);
    } finally {
      vi.useRealTimers();
    }
  });
});
