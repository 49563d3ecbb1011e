/**
 * Contact details written to slip past filters, in our own phrasings: handles after an @ set off by a blank
 * or after an app name in another script with a pointer between, social-app nicknames, and phones spelled
 * in Korean, Japanese and Thai. Each group has ordinary text that must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import { contactPack, matchesOf } from './helpers';

const linter = createLinter([contactPack()]);
const im = matchesOf(linter, 'contact.im');
const phone = matchesOf(linter, 'contact.phone');

describe('handles', () => {
  it.each([
    ['new colours first on our page — @ tidepool.and.fern', '@ tidepool.and.fern'],
    ['tele: @ Tidepool_Store', 'tele: @ Tidepool_Store'],
    ['ไอจีร้านนะคะ 👉 tidepool_th', 'ไอจีร้านนะคะ 👉 tidepool_th'],
    ['ไลน์ของร้าน : tidepool88', 'ไลน์ของร้าน : tidepool88'],
    ['เฟส -> tidepool.th', 'เฟส -> tidepool.th'],
    ['IG của shop: tidepool.vn', 'IG của shop: tidepool.vn'],
    ['인스타에서 tidepool_kr 검색해 주세요', '인스타에서 tidepool_kr'],
    ['kalau mau cepat chat WA aja kak', 'chat WA'],
    ['인스타 가게 👉 tidepool_kr', '인스타 가게 👉 tidepool_kr'],
    ['انستا المتجر ⬅ tidepool_eg', 'انستا المتجر ⬅ tidepool_eg'],
  ])('%s', (text, match) => {
    expect(im(text)).toContain(match);
  });

  it.each([
    "I'll @ you when it ships",
    'two for $9 @ 4 each',
    'ไอจีของฉันเข้าไม่ได้',
    'เฟส 2 ของโปรโมชั่น',
    'Reply @ 10am tomorrow',
    'we can chat face to face at the market',
    'chat line 3 is for returns',
    'we chat with buyers daily',
  ])('%s stays silent', (text) => {
    expect(im(text)).toEqual([]);
  });
});

describe('app nicknames', () => {
  it.each([
    ['新款都发在面子书专页', '面子书'],
    ['油管搜一下灯塔小屋', '油管搜一下'],
    ['我们的油管频道有安装视频', '油管频道'],
    ['推特关注一下就有', '推特'],
    ['小蓝鸟上关注我们', '小蓝鸟上关注'],
    ['more looks on the gram!', 'on the gram'],
  ])('%s', (text, match) => {
    expect(im(text)).toContain(match);
  });

  it.each(['这款油管耐高温，不漏油', '油管，滤芯都有现货', 'coffee is priced by the gram.', 'add 5 grams'])(
    '%s stays silent',
    (text) => {
      expect(im(text)).toEqual([]);
    },
  );
});

describe('phones spelled in other scripts', () => {
  it.each([
    ['연락처 공일공-구팔칠육-오사삼이', '공일공-구팔칠육-오사삼이'],
    ['영일영 삼삼사사 칠칠팔팔로 전화 주세요', '영일영 삼삼사사 칠칠팔팔'],
    ['電話はゼロ八〇-九八七六-五四三二', 'ゼロ八〇-九八七六-五四三二'],
    ['携帯 〇八〇ー九八七六ー五四三二', '〇八〇ー九八七六ー五四三二'],
    ['電話 ゼロハチゼロ キューハチナナロク ゴヨンサンニ', 'ゼロハチゼロ キューハチナナロク ゴヨンサンニ'],
    ['โทร ศูนย์เก้าแปด-เจ็ดหกห้า-สี่สามสองหนึ่ง', 'ศูนย์เก้าแปด-เจ็ดหกห้า-สี่สามสองหนึ่ง'],
    ['gọi em không chín tám bảy sáu năm bốn ba hai một', 'không chín tám bảy sáu năm bốn ba hai một'],
  ])('%s', (text, match) => {
    expect(phone(text)).toEqual([match]);
  });

  it.each([
    '사이사이 오일을 발라 주세요',
    '이 사이즈는 일이삼 중에 고르세요',
    '주문번호: 공일공 구팔칠육 오사삼이',
    'สามารถสั่งได้สองสามชิ้นค่ะ',
    'เลขพัสดุ ศูนย์เก้าแปด-เจ็ดหกห้า-สี่สามสองหนึ่ง',
    '追跡番号 ゼロ八〇-九八七六-五四三二',
    'ゼロから始める',
    'サンプルとイチゴとサンゴを送ります',
    '電話 マイチニサンヨンゴロクナナハチキュウ',
  ])('%s stays silent', (text) => {
    expect(phone(text)).toEqual([]);
  });
});
