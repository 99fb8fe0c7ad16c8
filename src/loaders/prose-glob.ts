/**
 * Astro's glob loader, with MDX entries made of plain prose rendered when content is synced.
 *
 * The glob loader leaves every `.mdx` entry to be compiled as a Vite module on every build (a
 * thousand event summaries: a thousand modules to bundle and hold in memory). An entry whose body is
 * plain prose (see `createPlainMdxRenderer`) is instead rendered once, into the content store, where it
 * stays until its file changes: `render(entry)` then serves the stored HTML, identical to what
 * @astrojs/mdx renders. Entries that use more of MDX (components, expressions, imports) go through
 * @astrojs/mdx as before. Files stay MDX either way.
 */
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { createHash } from 'node:crypto';
import type { Pluggable } from 'unified';
import { installedPackages } from '../lib/installed-packages.ts';
import { createPlainMdxRenderer, rendererSource } from '../lib/mdx/render-plain-mdx.ts';

type StoreEntry = Parameters<LoaderContext['store']['set']>[0];
type Options = Parameters<typeof glob>[0] & {
  /** Rehype plugins for the stored HTML (those the MDX integration would run on these files). */
  rehypePlugins?: Pluggable[];
};

export function proseGlob({ rehypePlugins = [], ...options }: Options): Loader {
  const inner = glob(options);
  const render = createPlainMdxRenderer({ rehypePlugins });
  return {
    ...inner,
    name: 'dateline:prose-glob',
    load: async (context) => {
      // The stored HTML is only as good as the code that made it. Astro clears the store when
      // content.config.ts changes, not when the renderer, a plugin or a package does: so the store
      // is cleared here when any of them changed, and every entry is rendered again.
      const version = rendererVersion(rehypePlugins);
      if (context.meta.get('renderer') !== version) {
        context.store.clear();
        context.meta.set('renderer', version);
      }
      const set = (entry: StoreEntry): boolean => {
        const rendered =
          entry.deferredRender && entry.body !== undefined ? render(entry.body, entry.filePath) : undefined;
        return context.store.set(rendered ? { ...entry, deferredRender: false, rendered } : entry);
      };
      // The scoped store is a plain object of closures, so a copy with another `set` is the whole store.
      return inner.load({ ...context, store: { ...context.store, set } });
    },
  };
}

function rendererVersion(plugins: readonly Pluggable[]): string {
  // Without any record of the packages (an install by another package manager), only the code counts.
  const packages = installedPackages(process.cwd()) ?? '';
  return createHash('sha256')
    .update(rendererSource)
    .update(
      plugins.map((p) => (Array.isArray(p) ? `${String(p[0])}${JSON.stringify(p.slice(1))}` : String(p))).join('\n'),
    )
    .update(packages)
    .digest('base64url');
}
