import { describe, expect, it } from 'vitest';
import { createLinter } from '@/lib/detect/lint';
import { contactPack } from './helpers';

const linter = createLinter([contactPack()]);

describe('a contact split over messages', () => {
  it('is found on the reply, saying where the rest of it is', () => {
    const [f, ...rest] = linter.lint('abc123', { previous: ['加我', 'V'] });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      category: 'contact.im',
      start: 0,
      end: 6,
      match: 'abc123',
      earlier: '加我 · V',
    });
  });

  it('joins a number split over two messages', () => {
    expect(linter.lint('5678', { previous: ['138 1234'] })).toMatchObject([
      { category: 'contact.phone', match: '5678', earlier: '138 1234' },
    ]);
  });

  it('leaves what was sent already, and a reply that completes nothing, alone', () => {
    expect(linter.lint('好的，明天发货', { previous: ['加我微信'] })).toEqual([]);
    expect(linter.lint('微信 abc_123', { previous: ['您好'] })).toEqual(linter.lint('微信 abc_123'));
  });
});
