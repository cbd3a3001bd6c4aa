// The scanning worker: reads a large file and finds its entries (byte scanner, packed batches)
// while the analysis worker that started it parses and analyses them, so the two halves of the
// streaming path run on two cores. Batches are transferred, not copied.
import { scanCapture, type PackedBatch } from '../core/index.ts'
import type { ScanMessage } from './scan-protocol.ts'

self.onmessage = (event: MessageEvent<{ file: Blob; port: MessagePort }>) => {
  const { file, port } = event.data
  const post = (m: ScanMessage, transfer: Transferable[] = []) => port.postMessage(m, transfer)
  const onBatch = (batch: PackedBatch) => post({ type: 'batch', batch }, [batch.text.buffer, batch.arena.buffer])
  scanCapture(file.stream(), file.size, onBatch, (progress) => post({ type: 'progress', progress }), true)
    .then((end) => post({ type: 'end', end }))
    .catch((e: unknown) => post({ type: 'failed', message: String((e as Error)?.message ?? e) }))
}
