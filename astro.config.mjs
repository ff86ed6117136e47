// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import contentGuard from './src/integrations/content-guard.ts';
import { pagePlugins } from './src/plugins/document-plugins.ts';
import { projectPaths } from './src/build/project-paths.ts';
import { siteUrl, basePath } from './src/build/site-url.ts';
import { lazyScripts } from './src/build/lazy-scripts.ts';

export default defineConfig({
  site: siteUrl(),
  base: basePath(),
  outDir: process.env.RLA_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // Whitespace between inline elements is part of the text; compressing it glues words together.
  compressHTML: false,
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // SmartyPants would curl quotes and turn "--" into dashes, and GFM would autolink and
    // read "~" and "|" as markup: both change the sources' words, so both are off.
    processor: unified({ smartypants: false, gfm: false, rehypePlugins: pagePlugins(basePath()) }),
    syntaxHighlight: false,
  },
  integrations: [mdx({ smartypants: false, gfm: false }), contentGuard(projectPaths(), basePath())],
  cacheDir: process.env.RLA_CACHE_DIR ?? './node_modules/.astro',
  vite: {
    plugins: [lazyScripts()],
    build: {
      // Scripts stay in files, never inlined: the Content-Security-Policy allows no inline script.
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      // Astro marks every MDX module with a "use astro:head-inject" directive, which Rolldown would warn about once
      // per page, in colour whatever NO_COLOR says; the directive is Astro's own and harmless.
      rolldownOptions: {
        checks: { moduleLevelDirective: false },
      },
    },
  },
  devToolbar: { enabled: false },
});
