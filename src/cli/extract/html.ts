import { parse } from 'node-html-parser';

/** Elements whose text is never part of the report: code, styling, navigation and page furniture. */
const DROPPED = 'script,style,noscript,template,nav,header,footer,aside,iframe,svg,form,button,select,head';

/** Text of an HTML page, with block elements on their own lines and scripts, styles and navigation dropped. */
export function htmlToText(html: string): string {
  const root = parse(html, {
    comment: false,
    blockTextElements: { script: false, style: false, noscript: false, pre: true },
  });
  for (const el of root.querySelectorAll(DROPPED)) el.remove();
  const body = root.querySelector('body') ?? root;
  return body.structuredText;
}
