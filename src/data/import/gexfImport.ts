// Reads a GEXF 1.2/1.3 file in one streaming pass: the XML tokenizer feeds a GexfBuilder, no DOM in between.
import { GexfBuilder } from './gexfBuilder';
import type { ImportContext } from './importContext';
import type { RawGraph } from './importTypes';
import { readXml } from './readXml';
import { makeLocator } from './textPosition';

export function readGexf(text: string, context: ImportContext): RawGraph {
  const locate = makeLocator(text);
  const builder = new GexfBuilder(context, locate);
  readXml(text, builder, context, locate);
  const { type, attributes } = builder.finish();
  const edges = builder.collector.finish();
  return { type, attributes, nodes: builder.collector.nodes, edges, checked: true };
}
