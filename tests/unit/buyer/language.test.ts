import { describe, expect, it } from 'vitest';
import { detectLanguage, languageName, sameLanguage } from '@/lib/buyer/language';

describe('detectLanguage', () => {
  it.each([
    ['我的快递到哪了？', 'zh-Hans'],
    ['請問我的包裹現在到哪裡了？', 'zh-Hant'],
    ['พัสดุของฉันอยู่ที่ไหนแล้วคะ', 'th'],
    ['Đơn hàng của tôi đang ở đâu?', 'vi'],
    ['don hang cua toi dang o dau vay shop', 'vi'],
    ['Kak, paket saya sudah sampai mana ya?', 'id'],
    ['Onde está o meu pedido? Ainda não chegou.', 'pt'],
    ['Where is my parcel? It was supposed to be here by now.', 'en'],
    ['Hi seller, is this still available?', 'en'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('says nothing when the text says too little', () => {
    expect(detectLanguage('')).toBeUndefined();
    expect(detectLanguage('ok')).toBeUndefined();
    expect(detectLanguage('12345 ✓')).toBeUndefined();
    expect(detectLanguage('X1')).toBeUndefined();
  });

  it('counts a short Chinese question among English words as Chinese', () => {
    expect(detectLanguage('iPhone 15 还有货吗')).toBe('zh-Hans');
  });
});

describe('language helpers', () => {
  it('treats both Chinese scripts as one language and names languages in the UI language', () => {
    expect(sameLanguage('zh-Hans', 'zh-Hant')).toBe(true);
    expect(sameLanguage('pt-BR', 'pt')).toBe(true);
    expect(sameLanguage('en', 'id')).toBe(false);
    expect(languageName('th', 'en')).toBe('Thai');
    expect(languageName('th', 'zh_CN')).toBe('泰语');
  });
});
