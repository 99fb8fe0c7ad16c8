/**
 * The source id for a raw file name: `AA 2026-01-28.txt` → `aa-2026-01-28` (`.html` and `.htm`
 * go too). Lower case ASCII letters, digits and single hyphens, so it is safe in URLs and file
 * names on every host.
 */
export function sourceSlug(fileName: string): string {
  return fileName
    .replace(/\.(?:txt|html?)$/i, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
