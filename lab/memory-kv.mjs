// An in-memory stand-in for a Workers KV namespace (get, put with TTL and metadata, delete, list by
// prefix): the storage binding @cloudflare/workers-oauth-provider needs as OAUTH_KV.
export function memoryKv() {
  const items = new Map()
  const live = (key) => {
    const item = items.get(key)
    if (item && item.expires && item.expires < Date.now()) items.delete(key)
    return items.get(key)
  }
  const decode = (value, type) => (value == null ? null : type === 'json' ? JSON.parse(value) : value)
  return {
    async get(key, options) {
      const type = typeof options === 'string' ? options : options?.type
      return decode(live(key)?.value ?? null, type)
    },
    async getWithMetadata(key, options) {
      const type = typeof options === 'string' ? options : options?.type
      const item = live(key)
      return { value: decode(item?.value ?? null, type), metadata: item?.metadata ?? null }
    },
    async put(key, value, options = {}) {
      const ttl = options.expirationTtl ?? (options.expiration ? options.expiration - Date.now() / 1000 : 0)
      const expires = ttl ? Date.now() + ttl * 1000 : 0
      items.set(key, { value: String(value), metadata: options.metadata ?? null, expires })
    },
    async delete(key) {
      items.delete(key)
    },
    async list(options = {}) {
      const names = [...items.keys()].filter((k) => live(k) && k.startsWith(options.prefix ?? '')).sort()
      const start = options.cursor ? Number(options.cursor) : 0
      const limit = options.limit ?? 1000
      const page = names.slice(start, start + limit)
      const done = start + limit >= names.length
      const keys = page.map((name) => ({ name, metadata: items.get(name)?.metadata ?? undefined }))
      return { keys, list_complete: done, ...(done ? {} : { cursor: String(start + limit) }) }
    },
  }
}
