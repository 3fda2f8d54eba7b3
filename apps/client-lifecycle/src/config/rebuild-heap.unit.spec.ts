import { heapChosenByCaller } from './rebuild-heap';

describe("the rebuild's heap", () => {
  it('is chosen by the rebuild when node is started without heap flags', () => {
    expect(heapChosenByCaller(['--enable-source-maps'], { NODE_OPTIONS: '--trace-warnings' })).toBe(false);
    expect(heapChosenByCaller([], {})).toBe(false);
  });

  it('is left as the caller chose it, on the command line or in NODE_OPTIONS, in either spelling', () => {
    expect(heapChosenByCaller(['--max-old-space-size=256'], {})).toBe(true);
    expect(heapChosenByCaller([], { NODE_OPTIONS: '--enable-source-maps --max_semi_space_size=32' })).toBe(true);
    expect(heapChosenByCaller([], { NODE_OPTIONS: '--heap-growing-percent=100' })).toBe(true);
  });
});
