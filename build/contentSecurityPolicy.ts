// Vite plugin: adds the Content Security Policy meta tag to the production build (the dev server needs inline scripts).
import type { Plugin } from 'vite';

/**
 * The build's policy. No inline script and no remote origin for code, styles, fonts or images. `connect-src` is
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

export function contentSecurityPolicy(policy: string = DEFAULT_CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: 'yrd:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
