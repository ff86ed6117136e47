/** A script's own chunk, by address (src/build/lazy-scripts.ts): `import(url)` loads it. */
declare module '*?lazy' {
  const url: string;
  export default url;
}
