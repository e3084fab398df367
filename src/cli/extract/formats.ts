/** Input formats the CLI reads. */
export type InputFormat = 'text' | 'markdown' | 'html' | 'pdf';

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
};

/** File extensions the CLI reads (a folder walk picks up only these). */
export const EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm', 'pdf'] as const;

/** The accepted extensions, for messages: ".txt, .md, .markdown, .html, .htm, .pdf". */
export const ACCEPTED = EXTENSIONS.map((e) => `.${e}`).join(', ');

/** The lower-cased extension of a file name without its dot ("" when it has none). */
export function extensionOf(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The format a path's extension names: files without an extension are text, other extensions are null. */
export function formatOfPath(path: string): InputFormat | null {
  const ext = extensionOf(path);
  return ext === '' ? 'text' : (BY_EXTENSION[`.${ext}`] ?? null);
}
