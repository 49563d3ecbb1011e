import type { SendKey } from '@/lib/portals/types';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
  keyCode?: number;
}

/** The chord a key event presses if it is one of the portal's send keys (never while composing). */
export function sendChord(event: KeyLike, keys: readonly SendKey[]): SendKey | null {
  if (event.key !== 'Enter' || event.isComposing || event.keyCode === 229) return null;
  if (event.shiftKey || event.altKey) return null;
  const ctrl = event.ctrlKey || event.metaKey;
  if (ctrl && keys.includes('Ctrl+Enter')) return 'Ctrl+Enter';
  if (!ctrl && keys.includes('Enter')) return 'Enter';
  return null;
}

/** The words a generic send button says, in the portals' languages. */
const SEND_WORDS =
  /^(send|send reply|reply|submit|发送|發送|傳送|回复|回覆|enviar|responder|kirim|gửi|ส่ง|senden|envoyer|invia|送信)$/i;

export function isSendLabel(label: string): boolean {
  return SEND_WORDS.test(label.replace(/\s+/g, ' ').trim());
}
