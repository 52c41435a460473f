// The extraction contract (see ../shared/DESIGN.md, "The extraction record").

/** An article as read from a file or a request; only `text` is required. */
export interface Article {
  id: string;
  title: string;
  text: string;
  /** ISO date (YYYY-MM-DD or full ISO timestamp) the article was published, if known. */
  published?: string | null;
  publisher?: string | null;
  url?: string | null;
}

/** One attribution: an outlet (or nobody) reports a claim, on a speaker's word. */
export interface Attribution {
  outlet: string | null;
  outletMention: string | null;
  speaker: string | null;
  speakerActor: string | null;
  cue: string;
  claim: string;
  claimStart: number;
  claimEnd: number;
  sentenceStart: number;
  sentenceEnd: number;
  actors: string[];
  /** ISO date YYYY-MM-DD when the text says when it was reported, else null. */
  date: string | null;
}

export type RelationType = 'confirms' | 'contradicts' | 'cites';

/** A link between two attributions of the same article, by index into `attributions`. */
export interface Relation {
  from: number;
  to: number;
  type: RelationType;
}

export interface Extraction {
  attributions: Attribution[];
  relations: Relation[];
}
