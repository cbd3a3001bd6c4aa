import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react'

export interface Tab { id: string; label: string; content: () => ReactNode }

/** WAI-ARIA tabs: arrow keys, Home and End move between tabs; only the active tab is in the tab order. */
export function Tabs({ tabs, active, onChange, label }: { tabs: Tab[]; active: string; onChange: (id: string) => void; label: string }) {
  const base = useId()
  const list = useRef<HTMLDivElement>(null)
  const current = tabs.find((t) => t.id === active) ?? tabs[0]!
  const onKey = (e: KeyboardEvent) => {
    const i = tabs.indexOf(current)
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : null
    if (next === null) return
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
      <div role="tabpanel" id={`${base}-panel`} aria-labelledby={`${base}-${current.id}`} tabIndex={0} className="tabpanel">
        {current.content()}
      </div>
    </div>
  )
}
