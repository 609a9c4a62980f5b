// This page's address with another query, as an absolute URL: a path that begins with "//" is not read as a host.
/**
 * `href` (the page's address) with its query replaced by `query` (without "?"; empty for none), hash kept. A path
 * such as "//" written relative ("//?graph=…") would name another host, which history refuses, so the address is
 * absolute.
 */
export function pageUrlWithQuery(href: string, query: string): string {
  const url = new URL(href);
  url.search = query;
  return url.href;
}
