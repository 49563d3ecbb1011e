import { describe, expect, it } from 'vitest';
import { maybeEmail, maybeLink, maybeMailbox, maybeSpoken } from '../../../lib/detect/contact/gates';
import { normalise } from '../../../lib/detect/normalise';
import { seeded } from '../../support/seeded';

// The regexes these gates stand in front of (lib/detect/contact/email.ts, url.ts): a gate may say yes
// when its regex says no, never the other way round.
const MAYBE = /[@＠﹫]|艾特|圈a|小老鼠|[[(（{<【]\s*at\s*[\])）}>】]|\sat\s/i;
const MAILBOX = /mail|邮箱|gmail|yahoo|outlook|icloud/i;
const MAYBE_LINK = /[a-z0-9ａ-ｚ０-９][.。．｡][a-zａ-ｚ]{2}|:\/\/|www|ｗｗｗ/i;
const MAYBE_SPOKEN = /\sdot\s|[a-z0-9]\s*点\s*[a-z]|[[(（【]\s*(?:dot|点|\.)\s*[\])）】]/i;

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

describe('detector gates are supersets of their regexes', () => {
  it('on random strings built from the characters that matter', () => {
    const random = seeded(11);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 20000; i++) {
      let text = '';
      const len = 1 + Math.floor(random() * 8);
      for (let j = 0; j < len; j++) text += PIECES[Math.floor(random() * PIECES.length)];
      const n = normalise(text);
      if (MAYBE.test(text)) {
        counts[0]!++;
        expect(maybeEmail(text), text).toBe(true);
      }
      if (MAILBOX.test(text)) {
        counts[1]!++;
        expect(maybeMailbox(n), text).toBe(true);
      }
      if (MAYBE_LINK.test(text)) {
        counts[2]!++;
        expect(maybeLink(n), text).toBe(true);
      }
      if (MAYBE_SPOKEN.test(text)) {
        counts[3]!++;
        expect(maybeSpoken(n), text).toBe(true);
      }
    }
    for (const c of counts) expect(c).toBeGreaterThan(50);
  });

  it('say no on ordinary text', () => {
    const text = '您好，订单已经发货了。Thanks for waiting, the parcel is on its way! 谢谢';
    const n = normalise(text);
    expect(maybeEmail(text)).toBe(false);
    expect(maybeMailbox(n)).toBe(false);
    expect(maybeLink(n)).toBe(false);
    expect(maybeSpoken(n)).toBe(false);
  });
});
