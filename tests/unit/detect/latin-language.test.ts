import { describe, expect, it } from 'vitest';
import { foreignSentences } from '@/lib/detect/latin-language';

const sentences = (text: string) => foreignSentences(text).map(([a, b]) => text.slice(a, b));

describe('Latin-script sentences not in English', () => {
  it('finds Spanish, Portuguese, French, German, Indonesian and Vietnamese sentences', () => {
    expect(sentences('Su pedido llegará el viernes, gracias por su paciencia.')).toEqual([
      'Su pedido llegará el viernes, gracias por su paciencia.',
    ]);
    expect(sentences('Thanks! Seu pedido já foi enviado e chega amanhã.')).toEqual([
      'Seu pedido já foi enviado e chega amanhã.',
    ]);
    expect(sentences('Votre commande est en route, merci pour votre patience.')).toHaveLength(1);
    expect(sentences('Ihre Bestellung ist auf dem Weg, danke für Ihre Geduld.')).toHaveLength(1);
    expect(sentences('Pesanan kakak sudah kami kirim hari ini ya.')).toHaveLength(1);
    expect(sentences('Đơn hàng của bạn sẽ được giao vào thứ sáu.')).toHaveLength(1);
  });

  it('leaves English with foreign names and short greetings alone', () => {
    expect(sentences('The Casa de la Playa towel set ships today.')).toEqual([]);
    expect(sentences('Hola! Thanks for your order, it will arrive Friday.')).toEqual([]);
    expect(sentences('José de la Cruz, your order of the Mesa del Sol lamp is on its way.')).toEqual([]);
  });

  it('finds short replies of three to eight words with no English word', () => {
    expect(sentences('Tu reembolso ya fue aprobado.')).toHaveLength(1);
    expect(sentences('Obrigado pela compra!')).toHaveLength(1);
    expect(sentences('Votre colis a été envoyé.')).toHaveLength(1);
    expect(sentences('Gracias! Your package arrives Friday.')).toEqual([]);
    expect(sentences('Bella Vista Collection, set of four.')).toEqual([]);
    expect(sentences('La Paz, Bolivia is on our shipping list.')).toEqual([]);
  });
});
