import { describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import { bundledPacksFor } from '@/lib/rules/bundled';

const linters = new Map<string, ReturnType<typeof createLinter>>();
/** The ids of the contact rules (any severity) the bundled packs of `platform` fire on `text`. */
const contactRules = (platform: 'pinduoduo' | 'walmart', text: string) => {
  const linter = linters.get(platform) ?? createLinter(bundledPacksFor(platform));
  linters.set(platform, linter);
  return linter
    .lint(text)
    .filter((f) => f.category.startsWith('contact.'))
    .map((f) => f.ruleId);
};

describe('contact requests under a prohibition', () => {
  it.each([
    '提醒您：千万不要添加任何私人微信，客服也不会找您私下退款',
    '请勿向任何人提供您的手机号',
    '平台规定不能私聊，请您理解',
    'Please do not give me your number, we can sort it out here in the chat.',
    'We will never ask what is your email outside this chat.',
  ])('is silent for a prohibition or a refusal: %s', (text) => {
    const platform = /[a-z]{3}/i.test(text) ? 'walmart' : 'pinduoduo';
    expect(contactRules(platform, text)).toEqual([]);
  });

  it.each([
    ['pinduoduo', '亲，方便的话加我私人微信，发图更快'],
    ['pinduoduo', '别担心，退款的事私聊吧'],
    ['pinduoduo', '不用等了，留个电话我马上打给您'],
    ['walmart', 'Quick question: what is your email? I can send the manual.'],
  ] as const)('still fires on %s: %s', (platform, text) => {
    expect(contactRules(platform, text)).not.toEqual([]);
  });
});
