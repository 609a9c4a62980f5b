// Narrows the page's connections to its own origin and the origin of the graph URL the user chose (?graph=).

/** The connect-src sources allowed for a page at `pageUrl` that opens `graphUrl` (if any). */
export function allowedConnectSources(pageUrl: string, graphUrl: string | null): string[] {
  const sources = ["'self'"];
  if (!graphUrl) return sources;
  try {
    const url = new URL(graphUrl, pageUrl);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin !== new URL(pageUrl).origin) {
      sources.push(url.origin);
    }
  } catch {
    // An invalid URL is refused later with a clear message; it adds no source.
  }
  return sources;
}

/**
 * Adds a second Content-Security-Policy (browsers enforce every policy, so the stricter wins): from now on the
 * page may only connect to its own origin and the chosen graph's.
 */
export function restrictConnections(graphUrl: string | null): void {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = `connect-src ${allowedConnectSources(window.location.href, graphUrl).join(' ')}`;
  document.head.append(meta);
}
