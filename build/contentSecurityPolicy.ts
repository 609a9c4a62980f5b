// Vite plugin: adds the Content Security Policy meta tag to the production build (the dev server needs inline scripts).
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The build's policy. No inline script (but those the build itself inlines, allowed by hash: see
 * allowInlineScripts) and no remote origin for code, styles, fonts or images. `connect-src` is
 * left open here only because a meta policy cannot know which graph URL the user will open: at startup the app adds
 * a second, stricter policy allowing just its own origin and that URL's (see src/app/restrictConnections.ts).
 */
export const DEFAULT_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self' https: http:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** `policy` with each inline script of `html` allowed in script-src by its SHA-256 hash (and nothing else). */
export function allowInlineScripts(policy: string, html: string): string {
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map(
    (match) => `'sha256-${createHash('sha256').update(match[1]!, 'utf8').digest('base64')}'`,
  );
  if (hashes.length === 0) return policy;
  return policy
    .split('; ')
    .map((directive) => (directive.startsWith('script-src ') ? [directive, ...hashes].join(' ') : directive))
    .join('; ');
}

export function contentSecurityPolicy(policy: string = DEFAULT_CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: 'yrd:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      // After the plugins that inline scripts (listed before this one).
      order: 'post',
      handler: (html) => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: allowInlineScripts(policy, html) },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
