import { describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import type { EnginePack } from '@/lib/detect/plan';

const pack: EnginePack = {
  rules: [
    {
      id: 'test.reward',
      category: 'review.manipulation',
      severity: 'block',
      message: { en: 'reward for a rating', zh_CN: '好评奖励', zh_TW: '好評獎勵' },
      policy: 'test',
      negatable: true,
      exceptions: ['gift wrap'],
      near: [
        { a: ['5 stars', 'good review'], b: ['gift card', 'rembours*'], within: 20 },
        { a: ['rating'], b: ['refund'], within: 10, ordered: true },
        { a: ['we send'], b: ['by wallet'], within: 20, unless: ['the platform', 'at checkout'] },
      ],
    },
  ],
};
const linter = createLinter([pack]);
const spans = (text: string) => linter.lint(text).map((f) => f.match);

describe('near families', () => {
  it('fires when a word of each family sits close in one clause, either order, spanning both', () => {
    expect(spans('Leave 5 stars and get a gift card!')).toEqual(['5 stars and get a gift card']);
    expect(spans('A gift card is yours after a good review')).toEqual([
      'gift card is yours after a good review',
    ]);
  });

  it('reads a word written as a prefix with any ending, and only a whole word otherwise', () => {
    expect(spans('5 stars et nous remboursons')).toEqual(['5 stars et nous remboursons']);
    expect(spans('5 stars for the gift cards')).toEqual([]);
  });

  it('stays silent across a sentence end, beyond the distance, or with one family alone', () => {
    expect(spans('Thanks for the 5 stars. The gift card you bought ships today')).toEqual([]);
    expect(spans('5 stars, and since you asked about the other thing, gift card')).toEqual([]);
    expect(spans('We sell gift cards and gift card holders')).toEqual([]);
  });

  it('keeps the order an ordered family asks for', () => {
    expect(spans('rating up, refund')).toEqual(['rating up, refund']);
    expect(spans('refund sent; rating')).toEqual([]);
  });

  it('drops a pair whose clause holds one of its unless words, before or after it, not in the next clause', () => {
    expect(spans('Later we send it by wallet')).toEqual(['we send it by wallet']);
    expect(spans('The platform says we send it by wallet')).toEqual([]);
    expect(spans('we send the rest by wallet at checkout')).toEqual([]);
    expect(spans('Ask the platform. Then we send it by wallet')).toEqual(['we send it by wallet']);
  });

  it('drops a word inside its rule exception, and follows the rule negation', () => {
    expect(spans('5 stars gift wrap included')).toEqual([]);
    expect(spans('We never offer a gift card for 5 stars')).toEqual([]);
  });
});

describe('near families across a reply, with pattern sides', () => {
  const wide: EnginePack = {
    rules: [
      {
        id: 'test.wide',
        category: 'review.manipulation',
        severity: 'block',
        message: { en: 'reward for a rating', zh_CN: '好评奖励', zh_TW: '好評獎勵' },
        policy: 'test',
        near: [
          {
            a: ['full stars'],
            b: ['cashback'],
            bPatterns: ['\\b(?:send|return)\\s+(?:you\\s+)?\\$\\s?\\d{1,4}'],
            within: 200,
            scope: 'message',
          },
        ],
      },
    ],
  };
  const wideLinter = createLinter([wide]);
  const wideSpans = (text: string) => wideLinter.lint(text).map((f) => f.match);

  it('pairs a rating and a reward in different sentences of one reply', () => {
    expect(wideSpans('Full stars would help a lot. Then we send you $4 for the trouble.')).toEqual([
      'Full stars would help a lot. Then we send you $4',
    ]);
    expect(wideSpans('Cashback is ready for you! Just remember: full stars.')).toEqual([
      'Cashback is ready for you! Just remember: full stars',
    ]);
  });

  it('stays silent with one side alone, and a side pattern alone never reports', () => {
    expect(wideSpans('Sorry about the dent. We will send you $4 back today.')).toEqual([]);
    expect(wideSpans('If you are happy, full stars help our small shop.')).toEqual([]);
  });

  it('keeps the limit of the reach', () => {
    const filler = ' We pack every order by hand and check it twice before it leaves.'.repeat(4);
    expect(wideSpans(`Full stars please.${filler} We send you $4.`)).toEqual([]);
  });
});
