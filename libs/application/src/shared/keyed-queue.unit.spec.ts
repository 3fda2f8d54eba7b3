import { KeyedQueue } from './keyed-queue';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('keyed queue', () => {
  it('runs tasks for the same key one at a time, in arrival order', async () => {
    const queue = new KeyedQueue();
    const trace: string[] = [];
    const task = (name: string) => async () => {
      trace.push(`start ${name}`);
      await tick();
      trace.push(`end ${name}`);
      return name;
    };

    const results = await Promise.all([queue.run('client-a', task('1')), queue.run('client-a', task('2'))]);

    expect(results).toEqual(['1', '2']);
    expect(trace).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
  });

  it('runs tasks for different keys side by side', async () => {
    const queue = new KeyedQueue();
    const trace: string[] = [];
    const task = (name: string) => async () => {
      trace.push(`start ${name}`);
      await tick();
      trace.push(`end ${name}`);
    };

    await Promise.all([queue.run('client-a', task('a')), queue.run('client-b', task('b'))]);

    expect(trace.slice(0, 2)).toEqual(['start a', 'start b']);
  });

  it('goes on with the next task after one fails', async () => {
    const queue = new KeyedQueue();
    const failing = queue.run('client-a', async () => {
      throw new Error('refused');
    });
    const next = queue.run('client-a', async () => 'stored');

    await expect(failing).rejects.toThrow('refused');
    await expect(next).resolves.toBe('stored');
  });
});
