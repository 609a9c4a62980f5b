// Component tests of answering an import: the CSV mapping step and the notices (skipped edges → create them).
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ImportProblem } from '../../src/app/explorer/ImportProblem';
import { CsvColumnMapping } from '../../src/ui/CsvColumnMapping';
import { I18nProvider } from '../../src/ui/i18n/I18nContext';
import { ImportNotices } from '../../src/ui/ImportNotices';

describe('CsvColumnMapping', () => {
  it('imports with the two columns picked from the selects', () => {
    const onImport = vi.fn();
    render(
      <CsvColumnMapping file="friends.csv" columns={['Since', 'Person A', 'Person B']} onImport={onImport} />,
    );
    const form = screen.getByRole('form', {
      name: 'Which columns of friends.csv are the ends of each edge?',
    });
    expect(form.textContent).toContain('Its columns: Since, Person A, Person B.');
    fireEvent.change(screen.getByRole('combobox', { name: 'Source column' }), {
      target: { value: 'Person A' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Target column' }), {
      target: { value: 'Person B' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Import with these columns' }));
    expect(onImport).toHaveBeenCalledWith({ source: 'Person A', target: 'Person B' });
  });

  it('refuses the same column twice', () => {
    const onImport = vi.fn();
    render(<CsvColumnMapping file="x.csv" columns={['a', 'b']} onImport={onImport} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Target column' }), { target: { value: 'a' } });
    const button = screen.getByRole('button', { name: 'Import with these columns' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(screen.getByText('Choose two different columns.')).toBeTruthy();
    fireEvent.submit(button.form!);
    expect(onImport).not.toHaveBeenCalled();
  });
});

describe('ImportNotices', () => {
  const dangling = {
    code: 'dangling-edges' as const,
    message: 'Skipped 5 edges…',
    count: 5,
    missingNodes: 2,
    examples: [
      { edge: 'e2', node: 'gone', line: 6 },
      { edge: '#3', node: 'lost' },
      { edge: 'edges[4]', node: 'lost' },
      { edge: 'e5', node: 'gone', line: 9 },
    ],
  };

  it('says how many edges were skipped, names the first three, and offers to create the missing nodes', () => {
    const onCreate = vi.fn();
    render(<ImportNotices warnings={[dangling]} onCreateMissingNodes={onCreate} />);
    const region = screen.getByRole('region', { name: 'Import notices' });
    expect(region.textContent).toContain('Skipped 5 edges that refer to 2 nodes not in the file:');
    const items = [...region.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual([
      'edge “e2” (line 6) → “gone”',
      'edge #3 → “lost”',
      'edge edges[4] → “lost”',
      'and 2 more',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Create the missing nodes' }));
    expect(onCreate).toHaveBeenCalledOnce();
  });

  it('reports renumbered ids and created nodes, and nothing for plain notes', () => {
    const { container } = render(
      <ImportNotices
        warnings={[
          {
            code: 'duplicate-edge-ids',
            message: '',
            count: 1,
            examples: [{ id: 'e1', key: 'e1#2', line: 8 }],
          },
          {
            code: 'missing-nodes-created',
            message: '',
            count: 2,
            edges: 2,
            examples: [
              { edge: 'e2', node: 'gone' },
              { edge: 'e3', node: 'lost' },
            ],
          },
        ]}
      />,
    );
    expect(container.textContent).toContain(
      '1 edge has an id already used by another edge; it was given a new one:',
    );
    expect(container.textContent).toContain('“e1” (line 8) → “e1#2”');
    expect(container.textContent).toContain('Created 2 nodes missing from the file');
    expect(screen.queryByRole('button')).toBeNull();
    const { container: empty } = render(<ImportNotices warnings={[{ code: 'note', message: 'x' }]} />);
    expect(empty.textContent).toBe('');
  });
});

describe('ImportProblem', () => {
  it('says in plain words, in the interface language, that a URL returned a web page', () => {
    const error = {
      name: 'https://example.org/data/graph.gexf',
      message: 'The URL returned a web page (HTML), not a graph file',
      request: { kind: 'url' as const, url: 'https://example.org/data/graph.gexf' },
      detail: { code: 'not-a-graph' as const, content: 'html' as const, origin: 'url' as const },
    };
    const opener = { open: vi.fn(), dismissError: vi.fn() };
    const { unmount } = render(<ImportProblem error={error} opener={opener} />);
    expect(screen.getByRole('alert').textContent).toContain(
      'Could not open https://example.org/data/graph.gexf: The URL returned a web page (HTML), not a graph file',
    );
    unmount();
    render(
      <I18nProvider lang="zh">
        <ImportProblem error={error} opener={opener} />
      </I18nProvider>,
    );
    expect(screen.getByRole('alert').textContent).toContain('该网址返回的是网页（HTML），不是图文件');
    expect(screen.queryByRole('form')).toBeNull();
  });

  it('offers the mapping step for an edge list without known columns, and reopens the same file with the choice', () => {
    const file = new File(['a,b\nx,y\n'], 'pairs.csv', { type: 'text/csv' });
    const request = { kind: 'files' as const, files: [file] };
    const error = {
      name: 'pairs.csv',
      message: 'CSV pairs.csv: missing required columns',
      request,
      detail: {
        code: 'csv-columns' as const,
        file: 'pairs.csv',
        table: 'edges' as const,
        columns: ['a', 'b'],
        missing: ['source', 'target'],
      },
    };
    const opener = { open: vi.fn(), dismissError: vi.fn() };
    render(<ImportProblem error={error} opener={opener} />);
    fireEvent.click(screen.getByRole('button', { name: 'Import with these columns' }));
    expect(opener.open).toHaveBeenCalledWith(request, { csvColumns: { source: 'a', target: 'b' } });
  });
});
