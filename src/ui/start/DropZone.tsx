import { useEffect, useState } from 'react'
import { analyzeFile } from '../engine.ts'

const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files')

/** The whole window accepts a dropped file; while a file is dragged over it, a visible target
 * says so. A file dropped anywhere never navigates the tab away. */
export function DropZone() {
  const [dragging, setDragging] = useState(false)
  useEffect(() => {
    let depth = 0
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return
      depth++
      setDragging(true)
    }
    const over = (e: DragEvent) => e.preventDefault()
    const leave = () => {
      depth = Math.max(0, depth - 1)
      if (depth === 0) setDragging(false)
    }
    const drop = (e: DragEvent) => {
      e.preventDefault()
      depth = 0
      setDragging(false)
      const file = e.dataTransfer?.files[0]
      if (file) void analyzeFile(file, file.name)
    }
    window.addEventListener('dragenter', enter)
    window.addEventListener('dragover', over)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragenter', enter)
      window.removeEventListener('dragover', over)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
    }
  }, [])
  if (!dragging) return null
  return (
    <div className="drop-overlay" data-testid="drop-overlay">
      <div className="drop-target">
        <b>Drop the file to analyze it</b>
        <span>.har, .har.gz, .zhar or a Playwright .zip — it stays in this tab</span>
      </div>
    </div>
  )
}
