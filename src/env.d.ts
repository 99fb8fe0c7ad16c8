/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /**
     * Set by a source page before it renders the article: the quoted passages of each paragraph
     * (by paragraph number), which `Paragraph.astro` marks and links to the citing events.
     */
    quotesByParagraph?: Map<number, import('./lib/timeline/highlight-quotes.ts').QuoteRange[]>;
  }
}
