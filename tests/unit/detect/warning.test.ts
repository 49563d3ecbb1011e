import { describe, expect, it } from 'vitest';
import { inWarning } from '@/lib/detect/warning';

const warns = (text: string, word: string) => {
  const at = text.indexOf(word);
  return inWarning(text, at, at + word.length);
};

describe('scam warnings', () => {
  it('reads a sentence that warns about an app or a payment as a warning', () => {
    expect(warns('Beware of anyone asking you to add them on WhatsApp, it is a scam.', 'WhatsApp')).toBe(
      true,
    );
    expect(warns('Si quelqu’un vous contacte par WhatsApp en notre nom, signalez-le.', 'WhatsApp')).toBe(
      true,
    );
    expect(warns('谨防诈骗：任何让您加微信退款的都是骗子', '微信')).toBe(true);
    expect(warns('Ah, e cuidado com quem pede contato por zap no nosso nome', 'zap')).toBe(true);
    // Thai ends a sentence with a blank: the parcel number in the sentence before is no way to reach anyone.
    expect(warns('เลขพัสดุ TH0123456789012 ค่ะ หากมีใครอ้างเป็นร้านทางไลน์ แจ้งเราได้เลย', 'ไลน์')).toBe(true);
  });

  it('is no warning when the sentence gives a way to reach someone or invites', () => {
    expect(warns('To avoid scams, add our WhatsApp +86 138 0013 8000', 'WhatsApp')).toBe(false);
    expect(warns('To avoid scams, contact us on WhatsApp', 'WhatsApp')).toBe(false);
    expect(warns('为防骗，请加我们的微信', '微信')).toBe(false);
  });

  it('reads only the sentence the word is in', () => {
    expect(warns('Beware of fake sellers! Add me on WhatsApp.', 'WhatsApp')).toBe(false);
  });
});
