// Re-exports typescript-eslint resolved next to TypeScript 5 (see package.json).
export { default } from 'typescript-eslint'
