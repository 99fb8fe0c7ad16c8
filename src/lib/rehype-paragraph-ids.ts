import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';

const paragraphId = /^p-\d+$/;

/**
 * Gives every top-level paragraph of a document a stable anchor id (`p-1`, `p-2`, …) so that
 * citations can link to `/sources/<slug>/#p-<n>`. Paragraphs nested in figures or quotes are
 * not counted, so captions never shift the numbering of the article text. A heading whose
 * slug would take a paragraph's id ("P 1" → `p-1`) is renamed `section-p-1`.
 */
export function rehypeParagraphIds(options: { include?: RegExp } = {}) {
  return (tree: Root, file?: VFile): void => {
    // Only documents that are cited by paragraph (the sources) need the anchors; an event summary
    // rendered many times on one page must not repeat `p-1`.
    if (options.include && !options.include.test((file?.path ?? '').replaceAll('\\', '/'))) return;
    let n = 0;
    for (const node of tree.children) {
      if (node.type !== 'element') continue;
      if (node.tagName === 'p') {
        n += 1;
        (node as Element).properties = { ...node.properties, id: `p-${n}` };
      } else if (typeof node.properties['id'] === 'string' && paragraphId.test(node.properties['id'])) {
        node.properties['id'] = `section-${node.properties['id']}`;
      }
    }
  };
}
