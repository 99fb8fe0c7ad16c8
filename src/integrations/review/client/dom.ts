/** Building the review's markup with DOM calls only: text is always text, never parsed as HTML. */

type Attributes = Record<string, string | boolean | undefined>;

/** An element with attributes (`true` sets an empty one, `false`/undefined leaves it out) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Node | string | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  for (const child of children) if (child !== undefined && child !== false) element.append(child);
  return element;
}

let counter = 0;

/** An id unique on the page, for labels and descriptions. */
export function uniqueId(prefix: string): string {
  counter += 1;
  return `dl-review-${prefix}-${counter}`;
}

/** Whether a key press is typing in a field rather than a shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select') !== null)
  );
}
