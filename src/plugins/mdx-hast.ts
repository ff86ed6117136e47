/**
 * An MDX page's hast once the given rehype plugins have run. MDX's own
 * processor reads the page, since its remark steps (such as unravelling a
 * paragraph made only of claims) shape the tree the plugins see; it stops
 * there, before compiling the tree to JavaScript, which no reader of the
 * hast needs.
 */
import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'hast';
import type { PluggableList } from 'unified';
import type { VFile } from 'vfile';

declare module 'vfile' {
  interface DataMap {
    /** The page's hast once the rehype plugins have run. */
    hast: Root;
  }
}

/** Keeps the tree as the plugins left it, and hands MDX's compiler an empty one. */
function keepTree() {
  return (tree: Root, file: VFile): Root => {
    file.data.hast = tree;
    return { type: 'root', children: [] };
  };
}

/** A reader of MDX pages through the given rehype plugins; it throws what MDX's parser throws on malformed MDX. */
export function mdxHast(rehypePlugins: PluggableList): (file: VFile) => Root {
  const processor = createProcessor({ format: 'mdx', rehypePlugins: [...rehypePlugins, keepTree] });
  return (file) => {
    // MDX types its processor as estree in and out; `run` really takes the mdast that `parse` returns.
    processor.runSync(processor.parse(file) as unknown as Parameters<typeof processor.runSync>[0], file);
    if (!file.data.hast) throw new Error(`${file.path}: MDX's processor left no tree.`);
    return file.data.hast;
  };
}
