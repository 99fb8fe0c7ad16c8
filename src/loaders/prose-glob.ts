/**
 * Astro's glob loader, with MDX entries made of plain prose rendered when content is synced.
 *
 * The glob loader leaves every `.mdx` entry to be compiled as a Vite module on every build (a
 * thousand event summaries: a thousand modules to bundle and hold in memory). An entry whose body is
 * plain prose (see `renderPlainMdx`) is instead rendered once, into the content store, where it
 * stays until its file changes: `render(entry)` then serves the stored HTML, identical to what
 * @astrojs/mdx renders. Entries that use more of MDX (components, expressions, imports) go through
 * @astrojs/mdx as before. Files stay MDX either way.
 */
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { renderPlainMdx, rendererVersion } from '../lib/mdx/render-plain-mdx.ts';

type StoreEntry = Parameters<LoaderContext['store']['set']>[0];

export function proseGlob(options: Parameters<typeof glob>[0]): Loader {
  const inner = glob(options);
  return {
    ...inner,
    name: 'dateline:prose-glob',
    load: async (context) => {
      // The stored HTML is only as good as the renderer that made it: a new renderer re-renders all.
      if (context.meta.get('renderer') !== rendererVersion) {
        context.store.clear();
        context.meta.set('renderer', rendererVersion);
      }
      const set = (entry: StoreEntry): boolean => {
        const rendered =
          entry.deferredRender && entry.body !== undefined ? renderPlainMdx(entry.body, entry.filePath) : undefined;
        return context.store.set(rendered ? { ...entry, deferredRender: false, rendered } : entry);
      };
      // The scoped store is a plain object of closures, so a copy with another `set` is the whole store.
      return inner.load({ ...context, store: { ...context.store, set } });
    },
  };
}
