// Messages from the scanning worker to the analysis worker (over a MessagePort).
import type { PackedBatch, ScanEnd } from '../core/index.ts'

export type ScanMessage =
  | { type: 'batch'; batch: PackedBatch }
  | { type: 'progress'; progress: { phase: 'read'; bytes: number; total: number } }
  | { type: 'end'; end: ScanEnd | null }
  | { type: 'failed'; message: string }
