// ESLint rule that enforces the src/ layering: a layer may import only from itself and the layers below it.
import path from 'node:path';

/** Lowest first: each layer may import the ones before it. */
export const LAYERS = ['model', 'data', 'state', 'style', 'render', 'ui', 'app'];

/** Packages a layer must never import, whatever their position. */
const FORBIDDEN_PACKAGES = {
  model: ['react', 'react-dom', 'sigma', '@react-sigma/', '@sigma/', 'minisearch'],
  data: ['react', 'react-dom', 'sigma', '@react-sigma/', '@sigma/'],
  state: ['react', 'react-dom', 'sigma', '@react-sigma/', '@sigma/', 'graphology-'],
  style: ['react', 'react-dom', '@react-sigma/'],
  ui: ['sigma', '@react-sigma/', '@sigma/'],
};

/** The layer a file or import target under src/ belongs to, if any. */
function layerOf(target) {
  const first = path.relative(path.resolve('src'), target).split(path.sep)[0];
  return LAYERS.includes(first) ? first : undefined;
}

function matchesPackage(spec, pkg) {
  return pkg.endsWith('/')
    ? spec.startsWith(pkg)
    : spec === pkg || spec.startsWith(`${pkg}/`) || (pkg.endsWith('-') && spec.startsWith(pkg));
}

export const layeringRule = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Lower layers of src/ never import upper ones (model → data → state → style → render → ui → app).',
    },
    messages: {
      upward: 'Layer "{{from}}" must not import from the higher layer "{{to}}" ({{spec}}).',
      renderDeep: 'ui may import render only through its top-level index ({{spec}}).',
      forbidden: 'Layer "{{from}}" must not import the package "{{spec}}".',
    },
    schema: [],
  },
  create(context) {
    const file = context.filename;
    const from = layerOf(file);
    if (!from) return {};
    function check(node, spec) {
      if (typeof spec !== 'string') return;
      if (spec.startsWith('.')) {
        const target = path.resolve(path.dirname(file), spec);
        const resolved = layerOf(target);
        if (!resolved || resolved === from) return;
        if (LAYERS.indexOf(resolved) > LAYERS.indexOf(from)) {
          context.report({ node, messageId: 'upward', data: { from, to: resolved, spec } });
        } else if (from === 'ui' && resolved === 'render') {
          const rel = path.relative(path.resolve('src/render'), target);
          if (!['', 'index', 'index.ts'].includes(rel)) {
            context.report({ node, messageId: 'renderDeep', data: { spec } });
          }
        }
        return;
      }
      for (const pkg of FORBIDDEN_PACKAGES[from] ?? []) {
        if (matchesPackage(spec, pkg)) context.report({ node, messageId: 'forbidden', data: { from, spec } });
      }
    }
    return {
      ImportDeclaration(node) {
        check(node, node.source.value);
      },
      ImportExpression(node) {
        if (node.source.type === 'Literal') check(node, node.source.value);
      },
      ExportNamedDeclaration(node) {
        if (node.source) check(node, node.source.value);
      },
      ExportAllDeclaration(node) {
        check(node, node.source.value);
      },
    };
  },
};

export default { rules: { layering: layeringRule } };
