import { describe, expect, it } from 'vitest';
import { detectEmail } from '@/lib/detect/contact/email';
import { gates, maybeEmail, maybeLink, maybeMailbox, maybeSpoken } from '@/lib/detect/contact/gates';
import { detectUrl } from '@/lib/detect/contact/url';
import { createLinter } from '@/lib/detect/lint';
import { normalise } from '@/lib/detect/normalise';
import { seeded } from '@/tests/support/seeded';
import { contactPack } from './helpers';

// A gate may say yes when its detector finds nothing, never no when the detector would find something:
// the detectors must find the same with their gates on and off.
const PIECES = [
  'a',
  'A',
  't',
  'T',
  'at',
  'AT',
  'dot',
  'DoT',
  'w',
  'W',
  'ｗ',
  'Ｗ',
  '.',
  '。',
  '．',
  '｡',
  ':',
  '/',
  '：',
  ' ',
  '\t',
  '\u3000',
  '\ufeff',
  '\u200b',
  '(',
  ')',
  '[',
  ']',
  '（',
  '）',
  '【',
  '】',
  '{',
  '}',
  '<',
  '>',
  '点',
  '艾特',
  '圈',
  '小老鼠',
  '@',
  '＠',
  '﹫',
  'ｍ',
  'Ａ',
  'ａ',
  '1',
  '１',
  'x',
  'mail',
  'MAIL',
  '邮箱',
  '郵箱',
  'yahoo',
  'Outlook',
  'icloud',
  'z',
  '中',
];

const ctx = { ownDomains: ['shopee.sg'], markets: ['CN', 'US'] };

/** `run`'s result with the gates off. */
function gatesOff<T>(run: () => T): T {
  gates.on = false;
  try {
    return run();
  } finally {
    gates.on = true;
  }
}

function found(text: string, on: boolean): string {
  // A fresh normalisation each time: the e-mail spans are cached per normalised text.
  const run = () => JSON.stringify([detectEmail(normalise(text), ctx), detectUrl(normalise(text), ctx)]);
  return on ? run() : gatesOff(run);
}

/** 2 to 13 pieces, each from one of `pools` picked at random. */
function soup(random: () => number, ...pools: readonly string[][]): string {
  let text = '';
  const length = 2 + Math.floor(random() * 12);
  for (let j = 0; j < length; j++) {
    const pool = pools[Math.floor(random() * pools.length)]!;
    text += pool[Math.floor(random() * pool.length)];
  }
  return text;
}

describe('detector gates', () => {
  it('never change what the e-mail and link detectors find (random strings of the characters that matter)', () => {
    const random = seeded(11);
    const words = [
      'shop',
      'gmail',
      'qq',
      'com',
      'cn',
      'net',
      'abc123',
      'my-store',
      'co',
      'id',
      ' at ',
      ' dot ',
      '@',
      '.',
      ' ',
      '点',
      '(at)',
      '[dot]',
      'www.',
      '://',
      'mail: ',
      '邮箱：',
    ];
    let hits = 0;
    for (let i = 0; i < 6000; i++) {
      const text = soup(random, words, PIECES);
      const on = found(text, true);
      expect(on, text).toBe(found(text, false));
      if (on !== '[[],[]]') hits++;
    }
    expect(hits).toBeGreaterThan(100);
  });

  it('never change what a linter finds, with the gate words from its own term scan', () => {
    const linter = createLinter([contactPack({ markets: ['CN', 'US'] })]);
    const random = seeded(12);
    const pool = [
      ...PIECES,
      'shop88 at gmail dot com',
      'abc_1 at qq.com',
      'lucky(at)163点com',
      'myshop dot com',
      'shop点cn',
      'mail: abc.1',
      'Gmail：lucky_88',
      ' at ',
      ' dot ',
      '@',
      'shop',
      'gmail',
      'com',
      'www.',
      '://',
      '点',
      'qq',
      'id',
      '微信',
    ];
    let hits = 0;
    for (let i = 0; i < 4000; i++) {
      const text = soup(random, pool);
      const on = JSON.stringify(linter.lint(text));
      expect(
        gatesOff(() => JSON.stringify(linter.lint(text))),
        text,
      ).toBe(on);
      if (on !== '[]') hits++;
    }
    expect(hits).toBeGreaterThan(100);
  });

  it('say no on ordinary text', () => {
    const text = '您好，订单已经发货了。Thanks for waiting, the parcel is on its way! 谢谢';
    const n = normalise(text);
    expect(maybeEmail(n)).toBe(false);
    expect(maybeMailbox(n)).toBe(false);
    expect(maybeLink(n)).toBe(false);
    expect(maybeSpoken(n)).toBe(false);
  });
});
