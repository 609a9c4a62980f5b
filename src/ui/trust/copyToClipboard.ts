// Writes text to the system clipboard, rejecting with a clear reason where the browser offers no clipboard.
export function copyToClipboard(text: string): Promise<void> {
  if (typeof navigator === 'undefined' || !navigator.clipboard)
    return Promise.reject(new Error('navigator.clipboard is not available'));
  return navigator.clipboard.writeText(text);
}
