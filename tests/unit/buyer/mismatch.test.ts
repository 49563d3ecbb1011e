import { describe, expect, it } from 'vitest';
import { languageMismatch, MISMATCH_RULE } from '@/lib/buyer/mismatch';

const message = (reply: string, buyer: string) => `${reply} vs ${buyer}`;

describe('languageMismatch', () => {
  it('warns when an English reply answers a Thai buyer, on its first word', () => {
    const text = ' Your parcel is on its way and should arrive soon. ';
    const finding = languageMismatch({ text, buyer: 'th', languageRequired: false, message });
    expect(finding).toMatchObject({ ruleId: MISMATCH_RULE, category: 'language.mismatch', severity: 'warn' });
    expect(finding).toMatchObject({ start: 1, end: 5, match: 'Your' });
    expect(finding!.message).toBe('en vs th');
  });

  it('sits on the first word no other finding marks, so the marks are not joined', () => {
    const text = 'WhatsApp me at +1 415 555 0132 please';
    const taken = [
      { start: 0, end: 8 },
      { start: 15, end: 30 },
    ];
    const finding = languageMismatch({ text, buyer: 'zh-Hans', languageRequired: false, message, taken });
    expect(finding).toMatchObject({ start: 9, end: 11, match: 'me' });
    const covered = [{ start: 0, end: text.length }];
    expect(
      languageMismatch({ text, buyer: 'zh-Hans', languageRequired: false, message, taken: covered }),
    ).toMatchObject({ start: 0, end: 8, match: 'WhatsApp' });
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
