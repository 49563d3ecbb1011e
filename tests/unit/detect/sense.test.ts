import { describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import { negated } from '@/lib/detect/negation';
import { normalise } from '@/lib/detect/normalise';
import { pack } from './helpers';

const at = (text: string, word: string) => negated(normalise(text), text.indexOf(word));

describe('negation', () => {
  it.each([
    ['We never accept Western Union or bank transfer', 'bank transfer'],
    ['please do not cancel the order', 'cancel'],
    ['您不用取消订单，我们马上发货', '取消订单'],
    ['请勿私下转账', '转账'],
    ['Jangan batalkan pesanan ya kak', 'batalkan'],
    ['por favor no cancele el pedido', 'cancele'],
    ['ไม่ต้องโอนเงินนอกแอป', 'โอน'],
    ['我们不会让您线下付款的', '线下'],
    ['Bạn không cần hủy đơn', 'hủy'],
  ])('finds the cue before the match: %s', (text, word) => {
    expect(at(text, word)).toBe(true);
  });

  it.each([
    ['No problem. Please cancel the order', 'cancel'],
    ['不用担心，直接取消订单就行', '取消订单'],
    ['Nothing else, cancel it please', 'cancel'],
    ['I know it is not easy; transfer to my Wise account', 'transfer'],
    ['cancel it, not the other one', 'cancel'],
  ])('stops at the clause: %s', (text, word) => {
    expect(at(text, word)).toBe(false);
  });

  it('only cancels findings of rules that opt in', () => {
    const linter = createLinter([
      pack([
        { id: 'x.cancel', category: 'order.cancel', terms: ['cancel'], negatable: true },
        { id: 'x.rival', category: 'platform.competitor', terms: ['taobao'] },
      ]),
    ]);
    const ids = (text: string) => linter.lint(text).map((f) => f.ruleId);
    expect(ids("please don't cancel, we ship today")).toEqual([]);
    expect(ids('please cancel, we cannot ship')).toEqual(['x.cancel']);
    expect(ids('do not buy on taobao')).toEqual(['x.rival']);
  });
});

describe('number terms', () => {
  it('are not prices', () => {
    const linter = createLinter([
      pack([{ id: 'x.rival', category: 'platform.competitor', terms: ['1688'] }]),
    ]);
    const found = (text: string) => linter.lint(text).map((f) => f.match);
    expect(found('we also sell on 1688, cheaper')).toEqual(['1688']);
    expect(found('price is $1688 now')).toEqual([]);
    expect(found('只要1688元')).toEqual([]);
    expect(found('US$ 1688.00 total')).toEqual([]);
    expect(found('￥1688')).toEqual([]);
  });
});
