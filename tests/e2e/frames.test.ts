import { describe, expect, it } from 'vitest';
import { BROWSERS } from './harness';
import {
  BLOCKED_REPLY,
  chord,
  clickInLayer,
  layerQuery,
  waitForBoxInFrames,
  waitForLayer,
  waitForNoLayer,
} from './overlay-helpers';
import { sentReplies } from './portal-editors';
import { useBrowser } from './use-browser';

const DIALOG = '[data-replyguard-dialog="send-guard"]';
const EDITOR = 'textarea._k2x9';
const ICON = 'i.Snd9';
const LAYOUTS = ['plain', 'nested', 'late', 'navigate'] as const;

describe.each(BROWSERS)('an editor in a same-origin frame no selector knows (%s)', (name) => {
  const browser = useBrowser(name);

  it.each(LAYOUTS)('is linted, marked and guarded: %s frame on a Lazada host', async (layout) => {
    const page = await browser().openPortal('lazada', { path: `/apps/im/frames.html?layout=${layout}` });
    if (layout === 'late') await page.clickSelector('#open-chat');
    const editor = await waitForBoxInFrames(page, EDITOR);
    await page.click(editor.left + 30, editor.top + 20);
    await page.keyboard.type(BLOCKED_REPLY);

    // Marked, over the textarea in the frame.
    const marks = await waitForLayer(page, '[data-finding][data-severity="block"]');
    for (const mark of marks) {
      expect(mark.rect.left).toBeGreaterThanOrEqual(editor.left - 1);
      expect(mark.rect.right).toBeLessThanOrEqual(editor.right + 1);
      expect(mark.rect.top).toBeGreaterThanOrEqual(editor.top - 1);
      expect(mark.rect.bottom).toBeLessThanOrEqual(editor.bottom + 1);
    }
    const [chip] = await waitForLayer(page, '[data-replyguard-chip][data-state="block"]');
    expect(chip!.rect.bottom).toBeLessThanOrEqual(editor.top + 1);

    // Enter is stopped.
    await chord(page, null, 'Enter');
    await waitForLayer(page, DIALOG);
    expect(await sentReplies(page)).toEqual([]);
    await clickInLayer(page, `${DIALOG} [data-action="cancel"]`);
    await waitForNoLayer(page, DIALOG);

    // The held-out icon sends on mousedown: the guard stops the press before the app sees it.
    const icon = await waitForBoxInFrames(page, ICON);
    await page.mouseDown(icon.left + icon.width / 2, icon.top + icon.height / 2);
    await waitForLayer(page, DIALOG);
    expect(await sentReplies(page)).toEqual([]);
    await page.mouseUp();
    expect(await layerQuery(page, DIALOG)).toHaveLength(1);
    expect(await sentReplies(page)).toEqual([]);

    // Send anyway replays the press: the app sends the reply once.
    await clickInLayer(page, `${DIALOG} [data-action="send-anyway"]`);
    await page.waitFor(
      () => (window as never as { fixture: { sent: string[] } }).fixture.sent.length > 0,
      undefined,
      { what: 'the reply to be sent' },
    );
    expect(await sentReplies(page)).toEqual([BLOCKED_REPLY]);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
