import { describe, expect, it } from 'vitest';
import { languageMismatch, MISMATCH_RULE } from '@/lib/buyer/mismatch';

const message = (reply: string, buyer: string) => `${reply} vs ${buyer}`;

describe('languageMismatch', () => {
  it('warns when an English reply answers a Thai buyer, spanning the reply without outer spaces', () => {
    const text = ' Your parcel is on its way and should arrive soon. ';
    const finding = languageMismatch({ text, buyer: 'th', languageRequired: false, message });
    expect(finding).toMatchObject({ ruleId: MISMATCH_RULE, category: 'language.mismatch', severity: 'warn' });
    expect(text.slice(finding!.start, finding!.end)).toBe(finding!.match);
    expect(finding!.match).toBe('Your parcel is on its way and should arrive soon.');
    expect(finding!.message).toBe('en vs th');
  });

  it('stays silent for the same language, a required language, an unknown buyer and short replies', () => {
    const english = 'Your parcel is on its way and should arrive soon.';
    expect(
      languageMismatch({ text: english, buyer: 'en', languageRequired: false, message }),
    ).toBeUndefined();
    expect(
      languageMismatch({ text: english, buyer: 'zh-Hans', languageRequired: true, message }),
    ).toBeUndefined();
    expect(
      languageMismatch({ text: english, buyer: undefined, languageRequired: false, message }),
    ).toBeUndefined();
    expect(
      languageMismatch({ text: 'OK thanks', buyer: 'th', languageRequired: false, message }),
    ).toBeUndefined();
    expect(
      languageMismatch({
        text: '您的包裹已经发出了，请注意查收',
        buyer: 'zh-Hant',
        languageRequired: false,
        message,
      }),
    ).toBeUndefined();
  });
});
