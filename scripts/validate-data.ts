// CLI: validates a dataset folder (default graph-data/yrd-2025) and checks its compiled files are up to date.
import { join, relative } from 'node:path';
import { compileDataset, serializeCompiledDataset } from '../src/data/compileDataset';
import { formatIssue, formatReportSummary, makeIssue, type Issue } from '../src/data/issues';
import { validateCompiledGraph } from '../src/data/validateCompiledGraph';
import { validateDataset } from '../src/data/validateDataset';
import { readDataset, readTextIfExists } from './lib/readDataset';

function checkCompiledFiles(datasetDir: string | undefined): Issue[] {
  const { location, input } = readDataset(datasetDir);
  const compiled = compileDataset(input);
  const { graphJson, mentionsJson } = serializeCompiledDataset(compiled);
  const issues = validateCompiledGraph(
    compiled.graph,
    input.sourceText ?? '',
    relative(process.cwd(), location.graphPath),
  ).issues;
  for (const [path, expected] of [
    [location.graphPath, graphJson],
    [location.mentionsPath, mentionsJson],
  ] as const) {
    const file = relative(process.cwd(), path);
    const actual = readTextIfExists(path);
    if (actual === null)
      issues.push(makeIssue(file, '', 'stale-output', 'compiled file is missing; run npm run data'));
    else if (actual !== expected)
      issues.push(
        makeIssue(
          file,
          '',
          'stale-output',
          'compiled file is stale (differs from a fresh compile); run npm run data',
        ),
      );
  }
  return issues;
}

function main(): void {
  const datasetDir = process.argv[2];
  const { location, input } = readDataset(datasetDir);
  const report = validateDataset(input);
  const shownDir = relative(process.cwd(), location.datasetDir) || '.';
  for (const issue of report.issues) console.log(formatIssue({ ...issue, file: join(shownDir, issue.file) }));
  console.log(`${shownDir}: ${formatReportSummary(report)}`);
  if (report.errorCount > 0) {
    console.log('Compiled files not checked: fix the errors above first.');
    process.exit(1);
  }
  const compiledIssues = checkCompiledFiles(datasetDir);
  for (const issue of compiledIssues) console.log(formatIssue(issue));
  if (compiledIssues.some((issue) => issue.severity === 'error')) process.exit(1);
  console.log('Compiled files are up to date.');
}

main();
