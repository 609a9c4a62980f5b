// Command-line options of `npm run bench`: --runs N, --quick, --check, --only yrd|synthetic|interaction|build.
export const SUITES = ['yrd', 'synthetic', 'interaction', 'build'] as const;
export type Suite = (typeof SUITES)[number];

export interface BenchOptions {
  runs: number;
  quick: boolean;
  check: boolean;
  suites: Set<Suite>;
}

export const DEFAULT_RUNS = 5;
export const USAGE =
  'Usage: npm run bench -- [--runs N] [--quick] [--check] [--only yrd|synthetic|interaction|build[,…]]';

const isSuite = (value: string): value is Suite => (SUITES as readonly string[]).includes(value);

export function parseArgs(argv: readonly string[]): BenchOptions {
  let runs: number | undefined;
  let quick = false;
  let check = false;
  let only: Suite[] | undefined;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (flag === '--quick') quick = true;
    else if (flag === '--check') check = true;
    else if (flag === '--runs') {
      runs = Number(value());
      if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs wants a positive integer. ${USAGE}`);
    } else if (flag === '--only') {
      const names = value().split(',').filter(Boolean);
      const unknown = names.filter((name) => !isSuite(name));
      if (names.length === 0 || unknown.length)
        throw new Error(`Unknown suite "${unknown.join(',')}". ${USAGE}`);
      only = names.filter(isSuite);
    } else throw new Error(`Unknown option "${argv[i]}". ${USAGE}`);
  }
  // --quick: one run, YRD and the 1k graph only (the build sizes come free with the build).
  const suites = new Set<Suite>(only ?? (quick ? ['yrd', 'synthetic', 'build'] : SUITES));
  return { runs: runs ?? (quick ? 1 : DEFAULT_RUNS), quick, check, suites };
}
