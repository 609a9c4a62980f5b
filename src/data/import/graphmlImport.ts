// Reads a GraphML file in one streaming pass: the XML tokenizer feeds a GraphmlBuilder, no DOM in between.
import { GraphmlBuilder } from './graphmlBuilder';
import type { ImportContext } from './importContext';
import type { RawGraph } from './importTypes';
import { readXml } from './readXml';
import { makeLocator } from './textPosition';

export function readGraphml(text: string, context: ImportContext): RawGraph {
  const locate = makeLocator(text);
  const builder = new GraphmlBuilder(context, locate);
  readXml(text, builder, context, locate);
  const { type, attributes } = builder.finish();
  const edges = builder.collector.finish();
  return { type, attributes, nodes: builder.collector.nodes, edges, checked: true };
}
