import type { Box } from '@/lib/editor/types';

/** The words a generic send button says, in the portals' languages. */
const SEND_WORDS =
  /^(send|send reply|reply|submit|发送|發送|傳送|回复|回覆|enviar|responder|kirim|gửi|ส่ง|senden|envoyer|invia|送信)$/i;

/** How far from the editor a generic "Send" button may be. */
const NEAR_PX = 400;

export function isSendLabel(label: string): boolean {
  return SEND_WORDS.test(label.replace(/\s+/g, ' ').trim());
}

/** Pixels between two boxes (0 when they touch or overlap). */
export function boxGap(a: Box, b: Box): number {
  return Math.max(
    b.left - (a.left + a.width),
    a.left - (b.left + b.width),
    b.top - (a.top + a.height),
    a.top - (b.top + b.height),
    0,
  );
}

/** A generic send button: one of its labels says "Send" in a portal language, and it sits near the editor. */
export function looksLikeSendButton(labels: readonly string[], button: Box, editor: Box): boolean {
  return labels.some(isSendLabel) && boxGap(button, editor) <= NEAR_PX;
}
