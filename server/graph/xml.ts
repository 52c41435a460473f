// XML 1.0 text for attribute values: escape what a double-quoted value needs
// (& < " — '>' and "'" are legal there, and edge keys are full of '->'), keep
// tabs and line breaks as character references (attribute-value normalisation
// would turn them into spaces), and remove what XML 1.0 forbids outright:
// C0 controls other than tab/LF/CR, U+FFFE, U+FFFF and lone surrogates.

const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NEEDS_WORK = /[&<"\u0000-\u001F\u0085\u2028\u2029\uD800-\uDFFF\uFFFE\uFFFF]/;
// NEL and the Unicode line/paragraph separators too: some parsers (xmldom, used by
// graphology-gexf) normalise them to spaces like XML 1.1 line ends
const SPECIAL = /[&<"\t\n\r\u0085\u2028\u2029]/g;
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\u0085': '&#133;',
  '\u2028': '&#8232;',
  '\u2029': '&#8233;',
};

/** The text with every character XML 1.0 forbids removed. */
export function stripXmlForbidden(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/** A string made safe for a double-quoted XML attribute value. */
export function xmlAttribute(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(FORBIDDEN, '').replace(SPECIAL, (c) => ESCAPES[c]!);
}
