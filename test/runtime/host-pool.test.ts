// The host memory pool: results' memory is reused once they are disposed or collected, and never while
// someone else can still see it (a traced constant, a tensor() holder, an aliasing host step).
import { expect } from 'chai';
import { Array as KArray, jit, memoryStats, np } from '../../src/index.js';
import { giveHost, setHostPoolLimit, takeHost } from '../../src/runtime/host-pool.js';

const N = 1 << 15; // 128 KiB of f32: above the pool's minimum size
const ramp = (n: number, k: number): Float32Array => Float32Array.from({ length: n }, (_, i) => i * k);
const reused = (): number => memoryStats().hostPool.reused;

describe('host memory pool', () => {
  it('keeps at most its limit, letting the buffers returned longest ago go first', () => {
    setHostPoolLimit(4 * N * 4); // room for four buffers of N f32
    try {
      const bufs = Array.from({ length: 6 }, () => takeHost('f32', N));
      bufs.forEach((b) => giveHost(b));
      expect(memoryStats().hostPool.pooledBytes).to.equal(4 * N * 4);
      // The two oldest were let go; the four newest come back, newest first, zeroed.
      const back = Array.from({ length: 4 }, () => { const t = takeHost('f32', N); t[0] = 1; return t.buffer; });
      expect(back).to.deep.equal([bufs[5]!.buffer, bufs[4]!.buffer, bufs[3]!.buffer, bufs[2]!.buffer]);
      expect(takeHost('f32', N).buffer).to.not.be.oneOf([bufs[0]!.buffer, bufs[1]!.buffer]);
      // A buffer of another size pushes out the oldest of any size.
      giveHost(new Float32Array(back[0]!));
      giveHost(new Float32Array(3 * N));
      giveHost(new Float32Array(2 * N));
      expect(memoryStats().hostPool.pooledBytes).to.equal(2 * N * 4);
      const z = takeHost('f32', 2 * N);
      expect(z.every((v) => v === 0)).to.equal(true);
    } finally {
      setHostPoolLimit(256 * 2 ** 20);
    }
  });

  it('a disposed jit result lends its memory to the next call, with correct values', () => {
    const f = jit((x: np.Value) => x.mul(2).add(1));
    const x = new KArray(ramp(N, 1), [N], 'f32');
    const y1 = f(x) as KArray;
    const buf1 = (y1.dataSync(), (y1 as unknown as { buffer: { data: Float32Array } }).buffer.data.buffer);
    y1.dispose();
    const before = reused();
    const y2 = f(x) as KArray;
    expect(reused()).to.equal(before + 1);
    expect((y2 as unknown as { buffer: { data: Float32Array } }).buffer.data.buffer).to.equal(buf1);
    const d = y2.dataSync();
    expect(d[0]).to.equal(1);
    expect(d[N - 1]).to.equal((N - 1) * 2 + 1);
  });

  it('eager results are pooled too', () => {
    const x = new KArray(ramp(N, 1), [N], 'f32');
    const a = np.exp(x.mul(0)) as KArray;
    a.dispose();
    const before = reused();
    const b = np.sin(x.mul(0)) as KArray;
    expect(reused()).to.be.greaterThan(before);
    expect([...b.dataSync().subarray(0, 3)]).to.deep.equal([0, 0, 0]);
  });

  it('a result captured as a traced constant keeps its memory after dispose', () => {
    const w = jit((x: np.Value) => x.add(3))(new KArray(ramp(N, 1), [N], 'f32')) as KArray;
    const g = jit((x: np.Value) => x.add(w));
    const x = new KArray(new Float32Array(N), [N], 'f32');
    expect((g(x) as KArray).dataSync()[5]).to.equal(8);
    w.dispose();
    // Allocations of the same size that would take w's memory if it had been pooled.
    const neg = jit((v: np.Value) => v.mul(-1));
    const junk = [];
    for (let i = 0; i < 4; i++) junk.push(neg(new KArray(ramp(N, 1), [N], 'f32')));
    const again = (g(x) as KArray).dataSync();
    expect(again[5]).to.equal(8);
    expect(again[N - 1]).to.equal(N - 1 + 3);
  });

  it('data handed out by tensor() is never reused', () => {
    const y = jit((x: np.Value) => x.mul(1))(new KArray(ramp(N, 2), [N], 'f32')) as KArray;
    const t = y.tensor();
    y.dispose();
    const neg = jit((x: np.Value) => x.mul(-1));
    const keep = [];
    for (let i = 0; i < 4; i++) keep.push(neg(new KArray(ramp(N, 1), [N], 'f32')));
    expect(t.data[7]).to.equal(14);
  });

  it('memory of a disposed result that another jit reads as an input is not reused during that read', () => {
    // The chain: y feeds z; disposing y after z exists must not disturb z.
    const f = jit((x: np.Value) => x.add(1));
    const y = f(new KArray(ramp(N, 1), [N], 'f32')) as KArray;
    const z = f(y) as KArray;
    y.dispose();
    const w = f(new KArray(new Float32Array(N), [N], 'f32')) as KArray;
    expect(z.dataSync()[10]).to.equal(12);
    expect(w.dataSync()[10]).to.equal(1);
  });
});
