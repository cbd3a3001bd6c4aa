import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react'

export interface Tab {
  id: string
  label: string
  content: () => ReactNode
}

/** WAI-ARIA tabs: arrow keys, Home and End move between tabs; only the active tab is in the tab order. */
interface Props {
  tabs: Tab[]
  active: string
  onChange: (id: string) => void
  label: string
}

const KEY_STEP: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i) => i + 1,
  ArrowLeft: (i) => i - 1,
  Home: () => 0,
  End: (_, n) => n - 1,
}

export function Tabs({ tabs, active, onChange, label }: Props) {
  const base = useId()
  const list = useRef<HTMLDivElement>(null)
  const current = tabs.find((t) => t.id === active) ?? tabs[0]!
  const onKey = (e: KeyboardEvent) => {
    const i = tabs.indexOf(current)
    const step = KEY_STEP[e.key]
    if (!step) return
    const next = step(i, tabs.length)
    e.preventDefault()
    const tab = tabs[(next + tabs.length) % tabs.length]!
    onChange(tab.id)
    requestAnimationFrame(() => list.current?.querySelector<HTMLElement>(`[data-tab="${tab.id}"]`)?.focus())
  }
  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} ref={list} onKeyDown={onKey}>
        {tabs.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            data-tab={t.id}
            id={`${base}-${t.id}`}
            aria-selected={t.id === current.id}
            aria-controls={`${base}-panel`}
            tabIndex={t.id === current.id ? 0 : -1}
            onClick={() => onChange(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${base}-panel`}
        aria-labelledby={`${base}-${current.id}`}
        tabIndex={0}
        className="tabpanel"
      >
        {current.content()}
      </div>
    </div>
  )
}
