import { describe, expect, it } from 'vitest';
import { placeholderSpans } from '@/lib/templates/placeholders';
import { renderBody } from '@/lib/templates/render';

describe('placeholderSpans', () => {
  it('finds the values a rendered template still lacks, with offsets into the text', () => {
    const { text } = renderBody('Hi {buyer_name}, this is {agent_name} from {shop_name}.', {
      values: { shop_name: 'Sunny Home' },
      locale: 'en-US',
      timeZone: 'UTC',
      now: 0,
    });
    expect(text).toBe('Hi {buyer_name}, this is {agent_name} from Sunny Home.');
    expect(placeholderSpans(text)).toEqual([
      { start: 3, end: 15, name: 'buyer_name' },
      { start: 25, end: 37, name: 'agent_name' },
    ]);
  });

  it('ignores braces that are no placeholder', () => {
    expect(placeholderSpans('no braces')).toEqual([]);
    expect(placeholderSpans('{{buyer_name}} {1abc} { x } {a-b}')).toEqual([]);
    expect(placeholderSpans('好的{order_id}。')).toEqual([{ start: 2, end: 12, name: 'order_id' }]);
  });
});
