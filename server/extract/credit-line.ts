// A credit line closing a wire story: "Source: IANS", "Source: AFP/Reuters". It names the agency that
// supplied the copy, not the outlet of the statements inside the story (like a dateline's "(Reuters)").
// Labelled news items ("Source: X's statement cited by RIA Novosti", then "Quote:", "Details:") are
// another construction: there the Source line's medium carries the item's statements.

/** Between the names of a credit line: slashes, commas, "and", brackets, a final period. */
const BETWEEN_NAMES = /^[\s/,;&().-]*(?:and[\s/,;&().-]*)?$/;
/** A medium's word after its name: "Source: ABC Radio", "Source: CNN Online". */
const MEDIA_WORD_AFTER = /^[ \t]+(?:Radio|TV|Television|News|Online|Newswire|Wire|Service)(?![\p{L}])/u;
/** A line that labels part of a news item, as the labelled-item format has them. */
const ITEM_LABEL_LINE = /(?:^|\n)[ \t]*(?:Quote|Details|Background|Context)[ \t]*:/;

/**
 * The line body (after "Source:") holds only media names (the spans, relative to the body, given)
 * and it ends the article, which has no other item labels.
 */
export function isCreditLine(text: string, bodyStart: number, bodyEnd: number, names: readonly { start: number; end: number }[]): boolean {
  if (!names.length || text.slice(bodyEnd).trim() !== '') return false;
  let at = bodyStart;
  for (const n of names) {
    if (n.start < at || !BETWEEN_NAMES.test(text.slice(at, n.start))) return false;
    at = n.end;
    const word = MEDIA_WORD_AFTER.exec(text.slice(at, at + 16));
    if (word) at += word[0].length;
  }
  return BETWEEN_NAMES.test(text.slice(at, bodyEnd)) && !ITEM_LABEL_LINE.test(text);
}
