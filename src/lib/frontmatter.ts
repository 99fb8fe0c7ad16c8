import { parse as parseYaml } from 'yaml';

/**
 * Splits an MDX/Markdown file into its parsed YAML frontmatter and body. Returns undefined when
 * the file has no frontmatter block; YAML syntax errors are thrown with the parser's message.
 */
export function splitFrontmatter(text: string): { data: Record<string, unknown>; body: string } | undefined {
  const m = /^---\r?\n(?:([\s\S]*?)\r?\n)?---(?:\r?\n|$)/.exec(text);
  if (!m) return undefined;
  const data: unknown = parseYaml(m[1] ?? '');
  return {
    data: data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {},
    body: text.slice(m[0].length),
  };
}
