/**
 * Word forms the engine reads by mechanism, not by list: stems (a term written with `*`), words spelled
 * letter by letter, names with a letter masked by `*`, names glued to digits (codes), pinyin initials.
 */
import { describe, expect, it } from 'vitest';
import { inCode } from '@/lib/detect/in-code';
import { Initials } from '@/lib/detect/initials';
import { createLinter } from '@/lib/detect/lint';
import { NearNames } from '@/lib/detect/near-names';
import type { Rule } from '@/lib/detect/rule-schema';
import { spelledWords } from '@/lib/detect/spelled';

const message = { en: 'x', zh_CN: 'x', zh_TW: 'x' };
const rule = (id: string, more: Partial<Rule>): Rule =>
  ({ id, category: 'abuse', severity: 'block', message, policy: 'test', ...more }) as Rule;
const matches = (rules: Rule[], text: string) =>
  createLinter([{ rules }])
    .lint(text)
    .map((f) => f.match);

describe('stems', () => {
  const rules = [rule('t.stem', { terms: ['debil*', 'дурак*'], exceptions: ['debilit*'] })];

  it('match a word by its beginning and span the whole word', () => {
    expect(matches(rules, 'Jesteś debilem czy co?')).toEqual(['debilem']);
    expect(matches(rules, 'Не будь дураком.')).toEqual(['дураком']);
    expect(matches(rules, 'Ty debil.')).toEqual(['debil']);
  });

  it('keep the word boundary before them, and stem exceptions keep their words clean', () => {
    expect(matches(rules, 'an imbecile, a debilitating pain')).toEqual([]);
    expect(matches(rules, 'antidebil')).toEqual([]);
  });
});

describe('spelled-out words', () => {
  it('join single letters that share one separator', () => {
    const words = spelledWords('anh n.g.u qua, s-t-u-p-i-d, b o d o h').map((w) => w.word);
    expect(words).toEqual(expect.arrayContaining(['ngu', 'stupid', 'bodoh']));
    expect(spelledWords('you are a d u m b one').map((w) => w.word)).toContain('dumb');
  });

  it('need three letters and one separator throughout', () => {
    expect(spelledWords('a.b, n.g-u, word')).toEqual([]);
  });

  it('fire for a rule that lists the word or holds it as a single-word term', () => {
    const rules = [rule('t.spell', { terms: ['idiot', 'you fool'], spelled: ['ngu'] })];
    expect(matches(rules, 'Anh n.g.u qua')).toEqual(['n.g.u']);
    expect(matches(rules, 'i_d_i_o_t')).toEqual(['i_d_i_o_t']);
    expect(matches(rules, 'f.o.o.l, U.S.A, 9 a.m., ngu')).toEqual([]);
  });
});

describe('masked names', () => {
  const names = new NearNames(['temu', 'shein', 'shopee', 'amazon']);

  it('read a name with letters masked by *', () => {
    expect(names.masked('t*mu')).toBe('temu');
    expect(names.masked('Sh*in')).toBe('shein');
    expect(names.masked('am**on')).toBe('amazon');
  });

  it('need the first letter, three letters kept and the same length', () => {
    expect(names.masked('*emu')).toBeUndefined();
    expect(names.masked('t**u')).toBeUndefined();
    expect(names.masked('t*mus')).toBeUndefined();
  });
});

describe('names in codes', () => {
  it('a Latin name glued to a digit is part of a code', () => {
    const at = (text: string, name: string) =>
      inCode(text, text.indexOf(name), text.indexOf(name) + name.length);
    expect(at('id OLX12345', 'OLX')).toBe(true);
    expect(at('SKU 2291TEMU', 'TEMU')).toBe(true);
    expect(at('on OLX.', 'OLX')).toBe(false);
    expect(at('1688拿货', '1688')).toBe(false);
  });
});

describe('pinyin initials', () => {
  const initials = new Initials(['最好的', '第一', '顶级', '最正宗'], new Set(['最好的', '顶级', '最正宗']));
  const read = (text: string) => initials.spellings(text).map((s) => [text.slice(s.start, s.end), s.text]);

  it('stand for the word whose syllables they begin, glued to Han', () => {
    expect(read('zhd面料')).toEqual([['zhd', '最好的']]);
    expect(read('DY品牌')).toEqual([['DY', '第一']]);
  });

  it('stay letters apart from Han, for a bare term in two letters, or as one letter repeated', () => {
    expect(read('zhd fabric')).toEqual([]);
    expect(read('dj品质')).toEqual([]);
    expect(read('zzz睡了')).toEqual([]);
    expect(read('mp3播放器, abc公司')).toEqual([]);
  });
});
