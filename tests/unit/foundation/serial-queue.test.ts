import { describe, expect, it } from 'vitest';
import { serialQueue } from '@/lib/serial-queue';

describe('serialQueue', () => {
  it('runs tasks one at a time in order, and a failure does not stop the next', async () => {
    const run = serialQueue();
    const log: string[] = [];
    const task =
      (name: string, ms: number, fail = false) =>
      async () => {
        log.push(`start ${name}`);
        await new Promise((resolve) => setTimeout(resolve, ms));
        log.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      };
    const a = run(task('a', 20));
    const b = run(task('b', 1, true));
    const c = run(task('c', 1));
    expect(await a).toBe('a');
    await expect(b).rejects.toThrow('b');
    expect(await c).toBe('c');
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });
});
