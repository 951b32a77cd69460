// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderMarkdown, sanitizeNoteHtml } from '../../../../src/renderer/features/timeline/markdown';

/** Every element and attribute the HTML would really create, read back through the DOM. */
function elementsIn(html: string): { tag: string; attributes: string[] }[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.querySelectorAll('*')].map((element) => ({
    tag: element.tagName.toLowerCase(),
    attributes: [...element.attributes].map((attribute) => `${attribute.name}=${attribute.value}`),
  }));
}

const ATTACKS = [
  '<script>alert(1)</script>',
  'Hello <script>alert(1)</script> there',
  '<img src=x onerror=alert(1)>',
  '<p onclick="alert(1)">hi</p>',
  '<svg onload=alert(1)></svg>',
  '<iframe src="https://example.com"></iframe>',
  '<a href="javascript:alert(1)">click</a>',
  '<a href="https://example.com" target="_blank">out</a>',
  '<form action="https://example.com"><input name=x></form>',
  '<style>body{display:none}</style>',
];

describe('markdown in notes', () => {
  it('renders the everyday things a leader writes', () => {
    expect(renderMarkdown('**Great** demo, *really*')).toBe('<p><strong>Great</strong> demo, <em>really</em></p>\n');
    expect(renderMarkdown('- one\n- two')).toContain('<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
    expect(renderMarkdown('first line\nsecond line')).toBe('<p>first line<br>second line</p>\n');
    expect(renderMarkdown('> quoted\n\n`code`')).toBe('<blockquote>\n<p>quoted</p>\n</blockquote>\n<p><code>code</code></p>\n');
  });

  it.each(ATTACKS)('the sanitiser leaves no script, handler, frame or href from %s', (html) => {
    const elements = elementsIn(sanitizeNoteHtml(html));
    for (const element of elements) {
      expect(['script', 'img', 'svg', 'iframe', 'form', 'input', 'style']).not.toContain(element.tag);
      expect(element.attributes.filter((a) => /^(on|href|src|target|action)/i.test(a))).toEqual([]);
    }
    expect(sanitizeNoteHtml(html)).not.toMatch(/javascript:|alert\(1\)<\/script/);
  });

  it.each(ATTACKS)('typed into a note, %s is shown as text and creates no element', (source) => {
    const elements = elementsIn(renderMarkdown(source));
    expect(elements.map((e) => e.tag).filter((tag) => tag !== 'p')).toEqual([]);
    expect(elements.flatMap((e) => e.attributes)).toEqual([]);
  });

  it('keeps link text but drops every href, so nothing in a note can navigate the app', () => {
    const html = renderMarkdown('[plan](https://example.com/plan) and [bad](javascript:alert(1)) and [data](data:text/html,hi)');
    expect(html).not.toMatch(/href=|javascript:|data:text/);
    expect(html).toContain('<a title="https://example.com/plan">plan</a>');
    expect(html).toContain('<a>bad</a>');
    expect(html).toContain('<a>data</a>');
  });

  it('drops images, which could load remote content', () => {
    expect(elementsIn(renderMarkdown('![tracker](https://example.com/pixel.png)')).map((e) => e.tag)).toEqual(['p']);
  });
});
