import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir, writeFiles } from './cli-helpers.js';

/** A report of four inputs: three documents (two about areas, one web page about none) and a broken PDF. */
export async function makeReport(): Promise<{ path: string; html: string; stderr: string; code: number | null }> {
  const dir = tempDir('childfirst-report-');
  writeFiles(dir, {
    'corpus/camden.txt':
      'Camden Youth Justice Service has been named a SEND Quality Lead. Its workers team up with families, and a speech and language therapist sees each child who needs one. A restorative justice panel meets monthly.',
    'corpus/kirklees.md':
      '# Kirklees inspection\n\nInspectors rated Kirklees Youth Justice Service good. There was no resettlement plan for two children, but 85% of children had an education, training and employment offer. Families are involved in plans.',
    'corpus/page.html':
      '<html><body><nav>menu</nav><p>Our <b>trauma-informed</b> practice & family work are described here: staff work with families <script>x()</script>and carers.</p></body></html>',
    'corpus/broken.pdf': '%PDF-1.3 not a real pdf',
  });
  const run = await runCli(['report', 'corpus', '-o', 'report.html', '--quiet'], { cwd: dir });
  const path = join(dir, 'report.html');
  return { path, html: readFileSync(path, 'utf8'), stderr: run.stderr, code: run.code };
}
