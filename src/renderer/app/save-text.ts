/**
 * Hands `text` to the browser as a file download named `fileName` (the browser, or Electron's default
 * download handling, decides where it goes). The object URL is released once the click has used it.
 */
export function downloadText(text: string, fileName: string, type = 'text/markdown'): void {
  const href = URL.createObjectURL(new Blob([text], { type }));
  const anchor = Object.assign(document.createElement('a'), { href, download: fileName });
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(href), 1_000);
}
