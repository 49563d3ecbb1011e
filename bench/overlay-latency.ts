/**
 * Input event → updated marks, in real Chromium with the built extension, on a 2,000-character reply.
 * Each sample inserts one character at the start of the reply (so every finding's offsets change) through
 * the editor's normal input path, and waits for the marks in <replyguard-ui> to change.
 */
import { existsSync } from 'node:fs';
import { CHROME_BUILD, launch } from '@/tests/e2e/harness';
import { focusEditor } from '@/tests/e2e/portal-editors';
import type { FixturePortal } from '@/tests/fixtures/server';
import { fmt, register } from './harness';

const SAMPLES = 80;

/** A 2,000-character Pinduoduo-style reply with a few findings spread through it. */
function reply(): string {
  const filler = '亲，您好，您的订单已经安排发货，预计三到五天送达，请耐心等待。如有问题随时联系客服。';
  const risky = ['加我微信 abc_123', '全网最低价', '138 1234 5678', '淘宝也有卖'];
  let text = '';
  for (let i = 0; text.length < 2000; i++)
    text += filler + (i % 6 === 0 ? risky[(i / 6) % risky.length] : '');
  return text.slice(0, 2000);
}

interface Stats {
  p50: number;
  p95: number;
  max: number;
  marks: number;
  /** Share of edits whose marks were redrawn in the first frame after the edit. */
  firstFrame: number;
}

async function measure(portal: FixturePortal): Promise<Stats> {
  const browser = await launch('chromium');
  try {
    const page = await browser.openPortal(portal);
    await focusEditor(page, portal);
    return await page.evaluate(
      async ({ text, samples }) => {
        const shadow = document.querySelector('replyguard-ui')!.shadowRoot!;
        const textarea = document.querySelector<HTMLTextAreaElement>('#replyTextarea');
        // The rich editor: TikTok Shop's Draft-style contenteditable (tests/fixtures/portals/tiktok).
        const rich = document.querySelector<HTMLElement>('[contenteditable="true"]');
        const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
        const put = (value: string) => {
          if (textarea) {
            setter.call(textarea, value);
            textarea.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
          }
        };
        const insertAtStart = (ch: string) => {
          if (textarea) put(ch + textarea.value);
          else if (rich) {
            const range = document.createRange();
            range.setStart(rich.firstElementChild ?? rich, 0);
            range.collapse(true);
            getSelection()!.removeAllRanges();
            getSelection()!.addRange(range);
            document.execCommand('insertText', false, ch);
          }
        };
        if (textarea) put(text);
        else if (rich) document.execCommand('insertText', false, text);
        const marks = () => shadow.querySelectorAll('[data-finding]').length;
        const settle = Date.now() + 5000;
        while (marks() === 0 && Date.now() < settle) await new Promise((r) => setTimeout(r, 50));
        const times: number[] = [];
        let firstFrame = 0;
        for (let i = 0; i < samples; i++) {
          const before = shadow.querySelector('[data-finding]')?.getAttribute('data-start');
          const took = await new Promise<number>((resolve) => {
            let t0 = 0;
            let frames = 0;
            const count = () => {
              frames++;
              if (frames < 60) requestAnimationFrame(count);
            };
            const observer = new MutationObserver(() => {
              const now = shadow.querySelector('[data-finding]')?.getAttribute('data-start');
              if (now !== before) {
                observer.disconnect();
                if (frames === 0) firstFrame++;
                resolve(performance.now() - t0);
              }
            });
            observer.observe(shadow, { subtree: true, childList: true, attributes: true });
            t0 = performance.now();
            insertAtStart(i % 2 ? '好' : 'a');
            // Registered after the edit: it runs after ReplyGuard's own frame callback in the same frame.
            requestAnimationFrame(count);
            setTimeout(() => {
              observer.disconnect();
              resolve(Number.NaN);
            }, 1000);
          });
          times.push(took);
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 5)));
        }
        const ok = times.filter((t) => Number.isFinite(t)).sort((a, b) => a - b);
        const at = (q: number) => ok[Math.min(ok.length - 1, Math.floor(q * ok.length))] ?? Number.NaN;
        return {
          p50: at(0.5),
          p95: at(0.95),
          max: ok.at(-1) ?? Number.NaN,
          marks: marks(),
          firstFrame: firstFrame / samples,
        };
      },
      { text: reply(), samples: SAMPLES },
    );
  } finally {
    await browser.close();
  }
}

register({
  name: 'overlay-latency',
  async run() {
    const heading = '## Input event to updated marks (real Chromium, built extension)';
    // Chromium itself is found (or installed) by bench/run.ts before any benchmark runs.
    if (!existsSync(`${CHROME_BUILD}/manifest.json`)) {
      return `${heading}\n\nSkipped: needs \`npm run build\`.`;
    }
    const rows: string[] = [];
    for (const portal of ['pinduoduo', 'tiktok'] as FixturePortal[]) {
      const stats = await measure(portal);
      const kind =
        portal === 'pinduoduo' ? 'Vue textarea (mirror marks)' : 'Draft-style contenteditable (Range marks)';
      rows.push(
        `| ${portal}: ${kind} | ${stats.marks} | ${fmt(stats.p50)} ms | ${fmt(stats.p95)} ms | ${fmt(stats.max)} ms | ${(stats.firstFrame * 100).toFixed(0)}% |`,
      );
    }
    return [
      heading,
      '',
      `${SAMPLES} edits per portal on a 2,000-character reply; each inserts a character at the start, so every`,
      'mark moves. Time from dispatching the edit to the marks changing in the shadow root, and the share of',
      'edits whose marks were redrawn in the very next frame (marks are drawn in a frame callback, so they',
      'change together with the text on screen). Target: within one frame (16 ms) at p95.',
      '',
      '| editor | marks drawn | median | p95 | max | redrawn in the next frame |',
      '|---|---|---|---|---|---|',
      ...rows,
    ].join('\n');
  },
});
