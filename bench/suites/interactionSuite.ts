// Suite "interaction": input-to-frame latency in the app on YRD and at 10k nodes, against the baseline's render time.
import { INTERACTION_BUDGETS, INTERACTION_BUDGET_SIZE } from '../budgets';
import {
  measureAppInteractions,
  type AppInteractionOutcome,
  type AppInteractionResult,
} from '../browser/appInteractions';
import { measureBaselineRender, type BaselineRenderOutcome } from '../browser/measureBaselineRender';
import { APP_PATH, BASELINE_PATH } from '../paths';
import { SEARCH_TARGET_LABEL } from '../synthetic/specs';
import type { WrittenGraph } from '../synthetic/writeData';
import type { Measurement } from '../types';
import { yrdNodeCount, yrdSearchLabel } from '../yrdGraph';
import { rowFromRuns } from './rowFromRuns';
import { dataUrl, SYNTHETIC_TIMEOUT_MS, withGraphParam } from './syntheticSuite';
import { YRD_TIMEOUT_MS } from './yrdSuite';

const STEPS = [
  ['keystroke', 'keystroke'],
  ['selectNode', 'select-node'],
  ['facetToggle', 'facet-toggle'],
] as const;

interface InteractionTarget {
  id: string;
  appUrl: string;
  baselineUrl: string;
  expectedNodes: number;
  timeoutMs: number;
  graphUrl?: string;
  query: string;
  budgeted: boolean;
}

function targets(baseURL: string, graph: WrittenGraph | undefined): InteractionTarget[] {
  const app = new URL(APP_PATH, baseURL).href;
  const baseline = new URL(BASELINE_PATH, baseURL).href;
  const list: InteractionTarget[] = [
    {
      id: 'yrd',
      appUrl: app,
      baselineUrl: baseline,
      expectedNodes: yrdNodeCount(),
      timeoutMs: YRD_TIMEOUT_MS,
      query: yrdSearchLabel(),
      budgeted: false,
    },
  ];
  if (graph) {
    const graphUrl = dataUrl(baseURL, graph.spec, 'json');
    list.push({
      id: graph.spec.id,
      appUrl: withGraphParam(app, graphUrl),
      baselineUrl: withGraphParam(baseline, graphUrl),
      expectedNodes: graph.nodes,
      timeoutMs: SYNTHETIC_TIMEOUT_MS[graph.spec.id],
      graphUrl,
      query: SEARCH_TARGET_LABEL,
      budgeted: graph.spec.id === INTERACTION_BUDGET_SIZE,
    });
  }
  return list;
}

/** @param graph the 10k synthetic graph (its JSON), opened in the app through ?graph=. */
export async function runInteractionSuite(
  baseURL: string,
  graph: WrittenGraph | undefined,
  runs: number,
  log: (line: string) => void,
): Promise<Measurement[]> {
  const rows: Measurement[] = [];
  for (const target of targets(baseURL, graph)) {
    const app: AppInteractionOutcome[] = [];
    const baseline: BaselineRenderOutcome[] = [];
    for (let run = 1; run <= runs; run++) {
      log(`interaction ${target.id}: run ${run}/${runs}`);
      const unsupported = app.find((outcome) => !outcome.ok && outcome.unsupported);
      app.push(unsupported ?? (await measureAppInteractions({ ...target, url: target.appUrl })));
      baseline.push(await measureBaselineRender(target.baselineUrl, { ...target, graphUrl: undefined }));
    }
    const prefix = `interaction/${target.id}`;
    const baselineName = `${prefix}/baseline/render`;
    rows.push(
      rowFromRuns(baselineName, 'ms', baseline, (r) => r, { absent: 'sigma.refresh() made no full draw' }),
    );
    for (const [step, label] of STEPS) {
      const pick = (result: AppInteractionResult) => (typeof result[step] === 'number' ? result[step] : null);
      const why = app
        .map((outcome) => (outcome.ok ? outcome.result[step] : null))
        .find((r) => typeof r === 'string');
      const budget = target.budgeted ? INTERACTION_BUDGETS[label] : undefined;
      const extra: Partial<Measurement> = { baseline: baselineName, ...(budget ? { budget } : {}) };
      rows.push(
        rowFromRuns(`${prefix}/app/${label}`, 'ms', app, pick, { absent: why ?? 'not measured', extra }),
      );
    }
  }
  return rows;
}
