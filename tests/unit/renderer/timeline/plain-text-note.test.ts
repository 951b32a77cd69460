// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { markdownHtml, renderMarkdown } from '../../../../src/renderer/features/timeline/markdown';
import { escapedTextHtml, isPlainText, plainTextHtml } from '../../../../src/renderer/features/timeline/plain-text-note';

/** A small seeded generator, so a failure names a string that fails again. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

// Words and everyday punctuation, most often; every syntax character and odd space sometimes.
const COMMON = ['a', 'b', 'Q', 'é', '1', '2', ' ', ' ', ' ', '\n', '\n', '.', ',', ';', ':', '!', '?', "'", '"', '(', ')', '/', '%', '—', '…', '’', '-'];
const RARE = ['*', '_', '`', '~', '[', ']', '<', '>', '&', '#', '|', '=', '+', '@', '\\', '\t', '\r', '\u00a0', '\u2028', 'www.', '://', '1. ', '2) ', '- ', '    '];

function randomNote(next: () => number): string {
  const length = 1 + Math.floor(next() * 40);
  let text = '';
  for (let i = 0; i < length; i++) {
    const pool = next() < 0.97 ? COMMON : RARE;
    text += pool[Math.floor(next() * pool.length)];
  }
  return text;
}

describe('plain-text notes', () => {
  it.each([
    ['Seemed tired. Asked about the move; it is stressful but on track.', true],
    ['Great demo today — the team noticed.\nTell them what worked.', true],
    ["It's \"done\" (mostly), 80% / Q1: fine!", true],
    ['first\n\n\nsecond\n', true],
    ['Talked through the **launch plan**', false],
    ['see www.example.com', false],
    ['https://example.com/plan', false],
    ['ask ana@example.com', false],
    ['1. first\n2. second', false],
    ['- one\n- two', false],
    ['title\n---', false],
    ['    indented code', false],
    ['line with a hard break  \nnext', false],
    ['tab\there', false],
    ['a < b & c', false],
    ['# heading', false],
    ['a | b', false],
    ['crlf\r\nline', false],
  ])('%j is plain: %s', (source, plain) => {
    expect(isPlainText(source)).toBe(plain);
  });

  it('gives the HTML the markdown path gives, for the notes a leader types', () => {
    for (const source of ['Seemed tired.', 'one\ntwo', 'one\n\ntwo', '\n\nfirst\n\n\nsecond\n\n', "It's \"done\" (mostly), 80% / Q1: fine!", '']) {
      expect(plainTextHtml(source)).toBe(markdownHtml(source));
    }
  });

  // DOMPurify under jsdom is slow: a few hundred notes, with a budget for a loaded machine.
  it('gives the same HTML as the markdown path for every generated note it accepts', () => {
    const next = seeded(21);
    let accepted = 0;
    for (let i = 0; i < 800; i++) {
      const source = randomNote(next);
      if (!isPlainText(source)) continue;
      accepted++;
      expect(plainTextHtml(source), JSON.stringify(source)).toBe(markdownHtml(source));
    }
    // Enough of the generated notes were plain for the comparison to mean something.
    expect(accepted).toBeGreaterThan(150);
  }, 60_000);

  it('is what renderMarkdown uses for plain text, and markdown still goes the whole way', () => {
    expect(renderMarkdown('one\ntwo')).toBe('<p>one<br>two</p>\n');
    expect(renderMarkdown('**one**')).toBe('<p><strong>one</strong></p>\n');
  });

  // A first screen drawn in the host, where DOMPurify has no DOM (issue 21): the text, never markup.
  it('escapes a note with markdown or HTML into text in the same paragraphs, parsed back to exactly what was written', () => {
    const source = '<script>alert(1)</script> & <img src=x onerror="alert(1)">\n**bold**\n\nit\'s';
    const html = escapedTextHtml(source);
    const parsed = document.createElement('div');
    parsed.innerHTML = html;
    expect(parsed.querySelectorAll('script, img, strong')).toHaveLength(0);
    expect(parsed.querySelectorAll('p')).toHaveLength(2);
    expect([...parsed.querySelectorAll('p')].map((p) => [...p.childNodes].map((node) => (node.nodeName === 'BR' ? '\n' : node.textContent)).join('')).join('\n\n')).toBe(source);
  });
});
