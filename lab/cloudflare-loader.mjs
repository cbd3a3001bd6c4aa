// Node module hook: `cloudflare:workers` (a Workers runtime module) resolves to the lab's shim.
export async function resolve(specifier, context, next) {
  if (specifier !== 'cloudflare:workers') return next(specifier, context)
  return { url: new URL('./cloudflare-workers-shim.mjs', import.meta.url).href, shortCircuit: true }
}
