// Public entry of the structural metrics: the registry, each metric, scales and the worker protocol.
export * from './types';
export * from './registry';
export * from './degree';
export * from './edgeWeight';
export * from './betweenness';
export * from './pagerank';
export * from './louvain';
export * from './collapseToSimpleGraph';
export * from './seededRandom';
export * from './sizeScale';
export * from './categoricalColors';
export * from './encodingOptions';
export * from './rows';
export * from './workerProtocol';
