/**
 * Sentences in a Latin-script language other than English, told by their function words: words that
 * are frequent in Spanish, Portuguese, French, German, Italian or Indonesian/Malay and are not English,
 * or Vietnamese tone marks. A sentence counts when it has four words or more, three of them foreign
 * function words making two fifths of it, and few English ones ("Casa de la Playa towels" stays English).
 * A short one (3-8 words: "Tu reembolso ya fue aprobado.") counts with two foreign words making half of
 * it and no English word at all.
 */

const FOREIGN_WORDS = new Set(
  // es
  (
    'el la los las del por para con una uno su sus que es está están estamos usted ustedes muy pero como más ' +
    'le lo se al hola gracias pedido llegará enviado disculpe días hoy mañana cuando ya también tiene ' +
    'fue ser sido este esta nuestro nuestra muchas reembolso envío paquete producto compra tienda pronto ' +
    'señor señora cliente disculpa siento procesado recibido ' +
    // pt
    'os do da dos das com um uma seu sua você vocês obrigado obrigada não nós está pedido muito ' +
    'chegará enviado hoje amanhã também já tem olá ' +
    'foi pela pelo nosso nossa produto pacote reembolso envio loja desculpe prazo entrega recebido ' +
    // fr
    'le les des du une est et avec vous votre vos nous merci bonjour commande très pas sera ' +
    'demain aujourd hui aussi déjà avez êtes ' +
    'été était sont colis produit remboursement livraison envoyé reçu désolé bientôt ' +
    // de
    'der die das und ist nicht mit ihre ihr wir danke bestellung für auf ein eine sie haben wird heute ' +
    'morgen auch schon bitte ' +
    'wurde paket rückerstattung versendet geliefert leider gerne vielen dank ' +
    // it
    'il gli della delle con per sono grazie ordine non è sarà domani oggi anche già ' +
    'stato stata pacco rimborso spedito spedizione consegna mille ' +
    // id / ms
    'yang dan untuk dengan tidak ini itu kami anda terima kasih pesanan sudah akan kak ya sudah belum ' +
    'barang kirim dikirim hari besok'
  ).split(' '),
);
const ENGLISH_WORDS = new Set(
  (
    'the and to of you your is are for we will it this that with on in be have has please thank thanks ' +
    'order our us i my me as at by from can not was were would could should an if or so do does'
  ).split(' '),
);
for (const word of ENGLISH_WORDS) FOREIGN_WORDS.delete(word);

const SENTENCE = /[^.!?\n。！？]+[.!?。！？]*/g;
const WORD = /\p{L}+/gu;
const VIETNAMESE = /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/giu;
const NON_LATIN = /[^\p{Script=Latin}\p{M}]/u;

/** [start, end) of each sentence of `text` written in a Latin-script language other than English. */
export function foreignSentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(SENTENCE)) {
    const words = m[0].toLowerCase().match(WORD) ?? [];
    if (words.length < 3 || words.some((w) => NON_LATIN.test(w))) continue;
    let foreign = 0;
    let english = 0;
    for (const w of words) {
      if (FOREIGN_WORDS.has(w)) foreign++;
      else if (ENGLISH_WORDS.has(w)) english++;
    }
    const tones = m[0].match(VIETNAMESE)?.length ?? 0;
    const byWords = foreign >= 3 && foreign >= words.length * 0.4 && english * 3 <= foreign;
    const short = words.length <= 8 && foreign >= 2 && foreign * 2 >= words.length && english === 0;
    const byTones = tones >= 3 && tones >= words.length * 0.3 && english * 3 <= words.length;
    if (!byWords && !short && !byTones) continue;
    const lead = m[0].length - m[0].trimStart().length;
    out.push([m.index + lead, m.index + m[0].trimEnd().length]);
  }
  return out;
}
