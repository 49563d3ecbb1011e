import { describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import { PackSchema } from '@/lib/rules/pack-schema';
import { pack } from './helpers';

const msg = (en: string) => ({ en, zh_CN: en, zh_TW: en });
const shared = pack([{ id: 'common.cancel', category: 'order.cancel', terms: ['cancel the order'] }]);
const platform = (extra: object) =>
  PackSchema.parse({ format: 1, id: 'shop', platform: 'shopee', version: '1.0.0', rules: [], ...extra });

describe('pack overrides', () => {
  it('a later pack gives an earlier rule its severity, message and suggestion, not its words', () => {
    const linter = createLinter([
      shared,
      platform({
        overrides: {
          'common.cancel': { severity: 'block', message: msg('Shop policy'), suggestion: msg('Offer a fix') },
        },
      }),
    ]);
    const [finding] = linter.lint('please cancel the order');
    expect(finding).toMatchObject({ ruleId: 'common.cancel', severity: 'block', message: 'Shop policy' });
    expect(finding?.suggestion).toBe('Offer a fix');
    // The shared rule alone keeps its own.
    expect(createLinter([shared]).lint('please cancel the order')[0]).toMatchObject({
      severity: 'warn',
      message: 'message common.cancel',
    });
  });

  it('keeps the short form, and an override of the severity wins over it', () => {
    const short = createLinter([shared, platform({ severities: { 'common.cancel': 'info' } })]);
    expect(short.lint('cancel the order')[0]?.severity).toBe('info');
    const both = platform({
      severities: { 'common.cancel': 'info' },
      overrides: { 'common.cancel': { severity: 'block' } },
    });
    expect(createLinter([shared, both]).lint('cancel the order')[0]?.severity).toBe('block');
  });

  it('rejects an override that would change what a rule matches', () => {
    const bad = PackSchema.safeParse({
      format: 1,
      id: 'shop',
      platform: 'shopee',
      version: '1.0.0',
      rules: [],
      overrides: { 'common.cancel': { terms: ['cancel'] } },
    });
    expect(bad.success).toBe(false);
  });
});
