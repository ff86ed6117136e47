/** A script's own chunk, by address (src/build/lazy-scripts.ts): `import(url)` loads it; `dependencies` are the chunks it imports, to load beside it. */
declare module '*?lazy' {
  const url: string;
  export default url;
  export const dependencies: string[];
}
