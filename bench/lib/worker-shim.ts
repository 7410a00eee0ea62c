// A minimal Web `Worker` over node:worker_threads, enough for jax-js's wasm worker pool (Node 20 has no
// global Worker, so without it jax-js's wasm backend runs single-threaded). jax-js builds its worker
// from a Blob of source text and URL.createObjectURL, posts {type:'init', memory} and then messages
// carrying a shared WebAssembly.Memory and WebAssembly.Module (both cloneable between Node threads).
// Install it before importing jax-js. Imports only node built-ins.
import { Worker as NodeWorker } from 'node:worker_threads';

const sources = new Map<string, string>();
let started = 0;
/** How many worker threads the shim has started (the report states it, to prove the pool ran). */
export const workersStarted = (): number => started;

class SourceBlob extends Blob {
  readonly source: string | null;
  constructor(parts?: BlobPart[], opts?: BlobPropertyBag) {
    super(parts, opts);
    this.source = parts && parts.every((p) => typeof p === 'string') ? (parts as string[]).join('') : null;
  }
}

/** Runs the blob's source in a worker thread with `self`, `postMessage` and `onmessage` as in a Web Worker. */
const BOOT = `
const { parentPort, workerData } = require('node:worker_threads');
globalThis.self = globalThis;
globalThis.postMessage = (m, transfer) => parentPort.postMessage(m, transfer);
parentPort.on('message', (data) => { if (typeof self.onmessage === 'function') self.onmessage({ data }); });
(0, eval)(workerData.src);
`;

class ShimWorker {
  onmessage: ((e: { data: unknown }) => void) | null = null;
  onerror: ((e: { message: string }) => void) | null = null;
  private readonly w: NodeWorker;
  constructor(url: string | URL) {
    const src = sources.get(String(url));
    if (src === undefined) throw new Error('bench worker shim: only Blob URLs of source text created after the shim are supported');
    this.w = new NodeWorker(BOOT, { eval: true, workerData: { src } });
    started++;
    this.w.on('message', (data: unknown) => this.onmessage?.({ data }));
    this.w.on('error', (e: Error) => this.onerror?.({ message: e.message }));
  }
  postMessage(m: unknown, transfer?: readonly Transferable[]): void {
    this.w.postMessage(m, transfer as never);
  }
  terminate(): Promise<number> { return this.w.terminate(); }
}

/** Installs Worker, the source-keeping Blob and createObjectURL hooks; sets navigator.hardwareConcurrency. */
export function installWorkerShim(threads: number): void {
  const g = globalThis as unknown as Record<string, unknown>;
  g['Blob'] = SourceBlob;
  const create = URL.createObjectURL.bind(URL), revoke = URL.revokeObjectURL.bind(URL);
  URL.createObjectURL = (blob: Blob): string => {
    const url = create(blob);
    if (blob instanceof SourceBlob && blob.source !== null) sources.set(url, blob.source);
    return url;
  };
  URL.revokeObjectURL = (url: string): void => { sources.delete(url); revoke(url); };
  g['Worker'] = ShimWorker;
  const nav = (g['navigator'] ?? (g['navigator'] = {})) as Record<string, unknown>;
  try { nav['hardwareConcurrency'] = threads; } catch { /* read-only getter */ }
  if (nav['hardwareConcurrency'] !== threads) Object.defineProperty(nav, 'hardwareConcurrency', { value: threads, configurable: true });
}
