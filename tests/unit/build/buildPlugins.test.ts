// The build's plugins: the early entry inlined as a classic script, its hash in the CSP, importer and startup chunks.
import { createHash } from 'node:crypto';
import type { Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { allowInlineScripts, DEFAULT_CONTENT_SECURITY_POLICY } from '../../../build/contentSecurityPolicy';
import {
  chunkWithImports,
  inlineEarlyStart,
  insertAfterModuleScripts,
} from '../../../build/earlyStartScript';
import { staticClosure } from '../../../build/startupChunk';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineEarlyStart', () => {
  it('wraps the code in a function and drops its source map comment', () => {
    const tag = inlineEarlyStart('var a=1;fetch(a)\n//# sourceMappingURL=earlyStart-x.js.map\n');
    expect(tag).toBe('<script>(() => {var a=1;fetch(a)\n})();</script>');
  });

  it('refuses an entry that imports, or that would close its own script element', () => {
    expect(() => inlineEarlyStart('import "./x.js"', 1)).toThrow(/must import nothing/);
    expect(() => inlineEarlyStart('document.write("</script>")')).toThrow(/<\/script/);
  });
});

describe('insertAfterModuleScripts', () => {
  it("puts the early script after the app's module scripts (their downloads start first) and before the stylesheet", () => {
    const html =
      '<head>\n    <script type="module" src="./a.js"></script>\n    <script type="module" src="./b.js"></script>' +
      '\n    <link rel="stylesheet" href="./c.css">\n  </head>\n  <body><script type="module" src="./d.js"></script></body>';
    const out = insertAfterModuleScripts(html, '<script>early()</script>');
    const order = ['./a.js', './b.js', 'early()', './c.css', './d.js'].map((text) => out.indexOf(text));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(() => insertAfterModuleScripts('<head></head>', 'x')).toThrow(/no module script/);
  });
});

describe('allowInlineScripts', () => {
  it("adds each inline script's hash to script-src, and nothing for script files", () => {
    const html = '<script type="module" src="./a.js"></script><script>one()</script>\n<script>two()</script>';
    const policy = allowInlineScripts(DEFAULT_CONTENT_SECURITY_POLICY, html);
    expect(policy).toContain(`script-src 'self' ${sha('one()')} ${sha('two()')};`);
    expect(policy.replace(/ 'sha256-[^']+'/g, '')).toBe(DEFAULT_CONTENT_SECURITY_POLICY);
  });

  it('leaves the policy alone without inline scripts', () => {
    const html = '<script type="module" crossorigin src="./a.js"></script>';
    expect(allowInlineScripts(DEFAULT_CONTENT_SECURITY_POLICY, html)).toBe(DEFAULT_CONTENT_SECURITY_POLICY);
  });
});

describe('chunkWithImports', () => {
  const chunk = (fileName: string, imports: string[] = []) =>
    ({ type: 'chunk', fileName, imports }) as unknown as Rollup.OutputChunk;
  const bundle = Object.fromEntries(
    [
      chunk('importer.js', ['zod.js', 'shared.js']),
      chunk('zod.js', ['shared.js', 'runtime.js']),
      chunk('shared.js', ['runtime.js']),
      chunk('runtime.js'),
    ].map((c) => [c.fileName, c]),
  );

  it('lists the chunk and what it imports, once each, less what the page already loads', () => {
    expect(chunkWithImports(bundle, bundle['importer.js']!, new Set(['runtime.js']))).toEqual([
      'importer.js',
      'zod.js',
      'shared.js',
    ]);
  });
});

describe('staticClosure', () => {
  it('follows static imports from the roots, once each, through cycles', () => {
    const imports: Record<string, string[]> = { main: ['a', 'b'], a: ['c'], b: ['a'], c: ['a'], lazy: ['d'] };
    expect([...staticClosure(['main'], (id) => imports[id] ?? [])].sort()).toEqual(['a', 'b', 'c', 'main']);
  });
});
