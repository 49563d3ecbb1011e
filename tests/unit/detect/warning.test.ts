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

  it('reads an impostor frame in every market language', () => {
    expect(warns('如果有人假冒店铺让您加微信或扫码付款，那不是我们，请在聊天窗口联系我们。', '微信')).toBe(
      true,
    );
    expect(warns('Há contas falsas se passando pela loja e pedindo Pix por fora, não paguem.', 'Pix')).toBe(
      true,
    );
    expect(warns('Hay cuentas falsas que piden pagos por Bizum, no somos nosotros.', 'Bizum')).toBe(true);
    expect(warns('Ada akun palsu yang minta transfer ke rekening pribadi.', 'rekening pribadi')).toBe(true);
    expect(warns('Có người giả danh shop nhắn Zalo cho khách.', 'Zalo')).toBe(true);
    expect(warns('Some pages pretending to be our store ask for payment on Venmo.', 'Venmo')).toBe(true);
  });

  it('reads a third party asking with an instruction to ignore or report, in the sentence or the next', () => {
    expect(warns('If someone asks you to move to Telegram, just ignore it.', 'Telegram')).toBe(true);
    expect(warns('Si alguien le pide escribir por WhatsApp, ignórelo.', 'WhatsApp')).toBe(true);
    expect(warns('Kalau ada pihak yang minta chat lewat WA, laporkan ke kami.', 'WA')).toBe(true);
    expect(warns('如果有人要求您加QQ付款，不要理会。', 'QQ')).toBe(true);
    expect(warns('Some messages ask buyers to pay with Zelle. Please report them to the app.', 'Zelle')).toBe(
      true,
    );
    // Japanese: the shop never asks, and the next sentence says to report a suspicious message.
    expect(
      warns(
        '当店からWhatsAppでご連絡することは一切ございません。不審なメッセージは通報してください。',
        'WhatsApp',
      ),
    ).toBe(true);
    expect(warns('当店からWhatsAppでご連絡することは一切ございません。', 'WhatsApp')).toBe(false);
    // The buyer called a scammer is an insult, not a warning about others.
    expect(warns('Close the dispute on WhatsApp now, you cheap scammer.', 'WhatsApp')).toBe(false);
    expect(warns('To protect you from scammers, ignore any message on WhatsApp.', 'WhatsApp')).toBe(true);
  });

  it('keeps an invitation, a handle or a number next to the warning', () => {
    expect(warns('Scammers are everywhere, so message me on Telegram instead.', 'Telegram')).toBe(false);
    expect(warns('To stay safe from fraud, chat with me on Signal.', 'Signal')).toBe(false);
    expect(warns('If anyone asks for a number, give them my WhatsApp 0812 5550 1234.', 'WhatsApp')).toBe(
      false,
    );
    expect(warns('Beware of fakes: our only Line is @shop_tw88.', 'Line')).toBe(false);
    // A request with no instruction and no impostor is a request.
    expect(warns('If anyone asks you, tell them to add our WeChat.', 'WeChat')).toBe(false);
    expect(warns('If you need the catalogue, message us on WhatsApp.', 'WhatsApp')).toBe(false);
  });
});

describe('scam warning cues keep their word sense', () => {
  it('does not read a carrier named Estafeta as a swindle', () => {
    expect(
      warns('Si quieres, págame por transferencia a mi cuenta y te lo mando por Estafeta.', 'a mi cuenta'),
    ).toBe(false);
  });
});
