// The web-platform APIs the pure core may use: present alike in browsers, workers and Node ≥ 20,
// and none of them reaches the clock, the network, storage or the page. Everything else (DOM,
// Node's own modules, timers) stays undeclared, so `tsc -p tsconfig.core.json` rejects it.
// WHATWG Encoding, URL, Streams and Compression Streams standards; HTML §8.3 (atob/btoa).

declare class TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>
}
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean })
  readonly encoding: string
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string
}

declare class URLSearchParams {
  constructor(init?: string | Record<string, string> | [string, string][])
  get(name: string): string | null
  getAll(name: string): string[]
  has(name: string): boolean
  set(name: string, value: string): void
  append(name: string, value: string): void
  delete(name: string): void
  toString(): string
  forEach(fn: (value: string, key: string) => void): void
  entries(): IterableIterator<[string, string]>
  keys(): IterableIterator<string>
  [Symbol.iterator](): IterableIterator<[string, string]>
}
declare class URL {
  constructor(url: string, base?: string | URL)
  static canParse(url: string, base?: string): boolean
  static parse(url: string, base?: string): URL | null
  hash: string
  host: string
  hostname: string
  href: string
  readonly origin: string
  password: string
  pathname: string
  port: string
  protocol: string
  search: string
  readonly searchParams: URLSearchParams
  username: string
  toString(): string
  toJSON(): string
}

declare function atob(data: string): string
declare function btoa(data: string): string

interface ReadableStreamReadResult<T> {
  done: boolean
  value: T
}
interface ReadableStreamDefaultReader<T> {
  read(): Promise<{ done: true; value?: undefined } | { done: false; value: T }>
  cancel(reason?: unknown): Promise<void>
  releaseLock(): void
}
declare class ReadableStream<R = unknown> {
  getReader(): ReadableStreamDefaultReader<R>
  cancel(reason?: unknown): Promise<void>
  [Symbol.asyncIterator](): AsyncIterableIterator<R>
}
interface WritableStreamDefaultWriter<W> {
  write(chunk: W): Promise<void>
  close(): Promise<void>
  abort(reason?: unknown): Promise<void>
  releaseLock(): void
}
declare class WritableStream<W = unknown> {
  getWriter(): WritableStreamDefaultWriter<W>
}
type CompressionFormat = 'deflate' | 'deflate-raw' | 'gzip'
declare class CompressionStream {
  constructor(format: CompressionFormat)
  readonly readable: ReadableStream<Uint8Array<ArrayBuffer>>
  readonly writable: WritableStream<BufferSource>
}
declare class DecompressionStream {
  constructor(format: CompressionFormat)
  readonly readable: ReadableStream<Uint8Array<ArrayBuffer>>
  readonly writable: WritableStream<BufferSource>
}
type BufferSource = ArrayBufferView | ArrayBuffer
