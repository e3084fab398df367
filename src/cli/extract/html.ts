import { Parser } from 'htmlparser2';

/** Elements whose text is never part of the report: code, styling, navigation and page furniture. */
const DROPPED = new Set(
  'script,style,noscript,template,nav,header,footer,aside,iframe,svg,form,button,select,head'.split(','),
);

/** Elements that start a new line of text. */
const BLOCKS = new Set(
  [
    'h1,h2,h3,h4,h5,h6,hgroup,details,dialog,dd,div,dt,fieldset,figcaption,figure,table,td,tr',
    'address,article,blockquote,br,hr,li,main,ol,p,pre,section,ul,summary,caption,th,title,body,html',
  ]
    .join(',')
    .split(','),
);

/**
 * Deepest element nesting read. htmlparser2 keeps open elements in an array it searches and shifts at
 * every tag, so its time per tag grows with the depth; bounding the depth keeps any input linear.
 * Browsers stop nesting at the same depth (Chromium's parser flattens the tree below 512 levels).
 */
export const MAX_HTML_DEPTH = 512;

/** Thrown by {@link htmlToText} for HTML nested deeper than {@link MAX_HTML_DEPTH}. */
export class HtmlTooComplexError extends Error {
  override readonly name = 'HtmlTooComplexError';
}

/**
 * Text of an HTML page, one line per block element, with scripts, styles, navigation and page furniture
 * dropped. Parsed by htmlparser2 as a stream (no tree, no recursion), so deep or unclosed markup cannot
 * exhaust the stack. Throws {@link HtmlTooComplexError} past {@link MAX_HTML_DEPTH} open elements.
 */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  let line = '';
  let depth = 0;
  let dropped = 0;
  const endLine = (): void => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text !== '') lines.push(text);
    line = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (++depth > MAX_HTML_DEPTH) {
          throw new HtmlTooComplexError(`the HTML nests elements more than ${MAX_HTML_DEPTH} deep`);
        }
        if (dropped > 0 || DROPPED.has(name)) dropped++;
        else if (BLOCKS.has(name)) endLine();
      },
      onclosetag(name) {
        depth--;
        if (dropped > 0) dropped--;
        else if (BLOCKS.has(name)) endLine();
      },
      ontext(text) {
        if (dropped === 0) line += text;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  endLine();
  return lines.join('\n');
}
