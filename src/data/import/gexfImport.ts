// Reads a GEXF 1.2/1.3 file in one streaming pass: the XML tokenizer feeds a GexfBuilder, no DOM in between.
import { GexfBuilder } from './gexfBuilder';
import { streamGexfEdges } from './gexfEdgeStream';
import type { ImportContext } from './importContext';
import type { RawGraph } from './importTypes';
import { createXmlReader } from './readXml';
import { makeLocator } from './textPosition';

export function readGexf(text: string, context: ImportContext): RawGraph {
  const locate = makeLocator(text);
  const builder = new GexfBuilder(context, locate);
  const reader = createXmlReader(text, builder, context, locate);
  // When the caller takes edges as they come, they are handed over while the rest of the file is read.
  const streamed = context.streamEdges ? streamGexfEdges(builder, reader) : null;
  if (streamed) return streamed;
  while (reader.next());
  const { type, attributes } = builder.finish();
  const edges = builder.collector.finish();
  return { type, attributes, nodes: builder.collector.nodes, edges, checked: true };
}
