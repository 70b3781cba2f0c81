// What kind of page each publisher of the research rows is, so confidence can follow it:
//   primary   the company's own release, filing, blog or call transcript, or a faithful copy of one
//   wire      Reuters, Bloomberg, AP, Dow Jones, Kyodo, Nikkei and their syndicated copies
//   press     a newsroom with editors (FT, WSJ, CNBC, The Information, TechCrunch, The Verge, 日経 …)
//   secondary blogs, aggregators, SEO and machine-written pages, forums, reposts of unclear origin
// A row may carry its own `source_kind`; otherwise its publisher is looked up here, and a publisher
// that is not listed is secondary (the cautious reading). `high` confidence needs primary, wire or press.

export const SOURCE_KINDS = ['primary', 'wire', 'press', 'secondary'];

/** @type {Record<string, 'primary' | 'wire' | 'press' | 'secondary'>} */
export const publisherKinds = {
  // syndicated wire copies
  'CNA (Reuters)': 'wire',
  'Cyprus Mail (Reuters)': 'wire',
  'Republic World (Reuters)': 'wire',
  'Telegraph India (Reuters)': 'wire',
  'The Business Times (Bloomberg)': 'wire',
  'Business Standard (Bloomberg syndication)': 'wire',
  'Nasdaq (RTTNews)': 'wire',
  'FinanzNachrichten (PR Newswire)': 'primary',
  'Epicos (Oracle press release)': 'primary',
  // newsrooms with editors
  'Fortune': 'press',
  'The Independent': 'press',
  'Business Standard': 'press',
  'Hindustan Times': 'press',
  'Mint': 'press',
  'NDTV Profit': 'press',
  'Calcalist (CTech)': 'press',
  'Computing (UK)': 'press',
  'TechSpot': 'press',
  'The Decoder': 'press',
  'Techzine': 'press',
  'TrendForce': 'press',
  'YourStory': 'press',
  'WION': 'press',
  'Verdict': 'press',
  'SlashGear': 'press',
  'The Motley Fool': 'press',
  'Nasdaq (The Motley Fool)': 'press',
  'Finviz (The Motley Fool)': 'press',
  'Nasdaq (Zacks)': 'press',
  'Wall Street Journal (archive.ph copy)': 'press',
  'The Information (archive.vn copy)': 'press',
  'The Journal podcast (WSJ) via Podunk': 'press',
  'Global Banking & Finance Review': 'press',
  'Republic World': 'press',
  'FashionUnited': 'press',
};

export const sourceKindOf = (publisher) => publisherKinds[publisher] ?? 'secondary';
