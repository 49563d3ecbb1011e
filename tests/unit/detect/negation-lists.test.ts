import { describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import { pack } from './helpers';

const linter = createLinter([
  pack([
    {
      id: 'pay',
      category: 'offplatform.payment',
      severity: 'block',
      terms: ['zelle', 'venmo', 'cash app', 'western union'],
      negatable: true,
    },
    {
      id: 'cancel',
      category: 'order.cancel',
      severity: 'block',
      terms: ['di-cancel', 'cancel'],
      negatable: true,
    },
  ]),
]);
const found = (text: string) => linter.lint(text).map((f) => f.match);

describe('negation', () => {
  it('reads the typographic apostrophe, 不会 and French and German cues', () => {
    expect(found('Please don’t share your info or pay by Zelle.')).toEqual([]);
    expect(found('官方不会让您用Zelle')).toEqual([]);
    expect(found('不会的话用Zelle')).toEqual(['Zelle']);
    expect(found('Nous ne demandons jamais de paiement par Zelle.')).toEqual([]);
    expect(found('Wir verlangen niemals Zahlung per Western Union')).toEqual([]);
    expect(found('Payez par Zelle')).toEqual(['Zelle']);
  });

  it('carries along a list of the same kind', () => {
    expect(found('we never ask customers to pay through Zelle, Venmo or Cash App.')).toEqual([]);
    expect(found('pay me through Zelle, Venmo or Cash App')).toEqual(['Zelle', 'Venmo', 'Cash App']);
  });

  it('does not cross a clause into the next request', () => {
    expect(found('不要担心，Western Union 也可以')).toEqual(['Western Union']);
    expect(found("you don't need the app — just send it by Zelle")).toEqual(['Zelle']);
    // Thai separates clauses with a blank.
    expect(found('ร้านส่งไม่ทัน รบกวนช่วย cancel ให้หน่อย')).toEqual(['cancel']);
    expect(found('ไม่ต้อง cancel นะคะ')).toEqual([]);
  });

  it('reads Indonesian, Vietnamese, Portuguese and Spanish "no need to"', () => {
    expect(found('Kak, pesanannya aman kok, gak usah di-cancel ya')).toEqual([]);
    expect(found('não precisa cancel, já trocamos o tamanho')).toEqual([]);
    expect(found('no hace falta cancel el pedido')).toEqual([]);
  });
});

describe('Russian не, which the base view folds to "he"', () => {
  it('negates in Russian, never as the English pronoun', () => {
    expect(found('Мы не принимаем Western Union.')).toEqual([]);
    expect(found('He said you can pay him by Zelle.')).toEqual(['Zelle']);
    expect(found('The courier? he will cancel and reship it.')).toEqual(['cancel']);
  });
});

describe('a negated series of verb phrases', () => {
  it('carries "never" to the last item after "or"/"ni", not to a clause with its own subject', () => {
    expect(found('We will never ask for a deposit, call you from a private line, or take Zelle.')).toEqual(
      [],
    );
    expect(found('Nunca pedimos depósitos, ni cobramos por Western Union.')).toEqual([]);
    expect(found("We don't ship on Sundays, or you can pay by Zelle")).toEqual(['Zelle']);
    expect(found('no rush on this, or just send it by Venmo')).toEqual(['Venmo']);
    // Portuguese "o" is "the", no "or": the clause after the comma is a request of its own.
    expect(found('Para você não esperar à toa, o melhor é você mesmo dar cancel pelo app.')).toEqual([
      'cancel',
    ]);
    expect(found('No aceptamos transferencias, o pagos por Zelle.')).toEqual([]);
  });
});

describe('negation cues around the finding', () => {
  it('reads a refusal after the thing refused, in its clause only', () => {
    expect(found('您说的 Zelle 我们这边不能加，只走平台')).toEqual([]);
    expect(found('Zelle is not allowed on this platform')).toEqual([]);
    expect(found('pay by Zelle, adding you is not allowed here')).toEqual(['Zelle']);
  });

  it('reads Malay "tak" and a bare 不 right before the term', () => {
    expect(found('kami tak dibenarkan terima Western Union')).toEqual([]);
    expect(found('我们不cancel订单')).toEqual([]);
    expect(found('不好意思，cancel 一下')).toEqual(['cancel']);
  });
});
