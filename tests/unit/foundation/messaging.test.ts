import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineMessage, MessageRouter } from '@/lib/messaging/define';
import { EXTENSION_SENDER } from '@/tests/support/senders';

const Add = defineMessage('test.add', z.object({ a: z.number(), b: z.number() }), z.number());

describe('MessageRouter', () => {
  const router = new MessageRouter().on(Add, ({ a, b }) => a + b);

  it('answers a valid envelope', async () => {
    expect(await router.handle({ type: 'test.add', payload: { a: 2, b: 3 } }, EXTENSION_SENDER)).toEqual({
      ok: true,
      value: 5,
    });
  });

  it('turns an invalid payload into an error answer instead of throwing', async () => {
    const answer = (await router.handle({ type: 'test.add', payload: { a: 'x' } }, EXTENSION_SENDER)) as {
      ok: boolean;
      error: string;
    };
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(/number/i);
  });

  it('leaves unknown or malformed messages to other listeners', () => {
    expect(router.handle({ type: 'other' }, EXTENSION_SENDER)).toBeUndefined();
    expect(router.handle('not an envelope', EXTENSION_SENDER)).toBeUndefined();
    expect(router.handle(null, EXTENSION_SENDER)).toBeUndefined();
  });

  it('validates what the handler returns', async () => {
    const bad = new MessageRouter().on(Add, () => 'five' as unknown as number);
    const answer = (await bad.handle({ type: 'test.add', payload: { a: 1, b: 1 } }, EXTENSION_SENDER)) as {
      ok: boolean;
    };
    expect(answer.ok).toBe(false);
  });
});
