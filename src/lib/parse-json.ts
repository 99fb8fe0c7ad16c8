import type { z } from 'astro/zod';

/** A file a command wrote earlier, read through its schema: undefined when there is none, or it is not JSON of that shape. */
export function parseJsonWith<T>(schema: z.ZodType<T>, text: string | undefined): T | undefined {
  if (text === undefined) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
