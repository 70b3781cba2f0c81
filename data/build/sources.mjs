// What kind of page each publisher of the research rows is, so confidence can follow it:
//   primary   the company's own release, filing, blog or call transcript, or a faithful copy of one
//   wire      Reuters, Bloomberg, AP, Dow Jones, Kyodo, Nikkei and their syndicated copies
//   press     a newsroom with editors (FT, WSJ, CNBC, The Information, TechCrunch, The Verge, 日経 …)
//   secondary blogs, aggregators, SEO and machine-written pages, forums, reposts of unclear origin
// A row may carry its own `source_kind`; otherwise its publisher is looked up here, and a publisher
// that is not listed is secondary (the cautious reading). `high` confidence needs primary, wire or press.

export const SOURCE_KINDS = ['primary', 'wire', 'press', 'secondary'];

/** @type {Record<string, 'primary' | 'wire' | 'press' | 'secondary'>} */
// Reviewed 2026-12 for every publisher of ../shared/facts/facts.jsonl and data/research-2026.jsonl (the rows
// without their own `source_kind`; the later research files set `source_kind` on each row themselves).
export const publisherKinds = {
  // --- primary: the company's own words, or a faithful full copy of them ----------------------------
  'FinanzNachrichten (PR Newswire)': 'primary',
  'Epicos (Oracle press release)': 'primary',
  'Insider Monkey': 'primary', // its page here is a verbatim earnings-call transcript (Alphabet Q4 2025)
  // --- wire: Reuters, Bloomberg, AP, Dow Jones and their syndicated copies ----------------------------
  'CNA (Reuters)': 'wire',
  'Cyprus Mail (Reuters)': 'wire',
  'Republic World (Reuters)': 'wire',
  'Telegraph India (Reuters)': 'wire',
  'The Telegraph (India)': 'wire', // its pages here carry Reuters copy (original_reporter: Reuters)
  'The Spokesman-Review': 'wire', // a daily newspaper printing the Bloomberg story (Ian King, Shirin Ghaffary)
  'Zawya': 'wire', // LSEG's Middle East news service carrying the Reuters story
  'The Business Times (Bloomberg)': 'wire',
  'Business Standard (Bloomberg syndication)': 'wire',
  'Nasdaq (RTTNews)': 'wire',
  // --- press: newsrooms with editors -------------------------------------------------------------------
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
  '24/7 Wall St.': 'press',
  'WinBuzzer': 'press',
  'NewsBytes': 'press',
  'PYMNTS': 'press',
  'Social Samosa': 'press', // Indian media-industry trade publication
  'MarketScreener': 'press',
  // --- secondary, listed so the review is visible (unlisted publishers are secondary too) ------------
  // Reposts of a newsroom's text on sites that are not its syndication partners stay secondary, however
  // faithful they look: the copy cannot be checked against the original.
  'AnyFans (Reuters repost)': 'secondary',
  'StockWatchIndex (Reuters reprint)': 'secondary',
  'PR Chief (CNBC text)': 'secondary',
  'Newsio (CNBC text)': 'secondary',
  'VM Virtual Machine (MarketWatch text)': 'secondary',
  'Benjamin Franklin Institute (repost)': 'secondary',
  'MNH Ventures (repost)': 'secondary',
  'TheOutpost (TechCrunch)': 'secondary',
  // Summaries of a company's release or of another outlet's story, machine-written or not.
  'Telborg (summary of openai.com release)': 'secondary',
  'Mawkia (release summary)': 'secondary',
  'Longbridge (Wallstreetcn)': 'secondary', // an AI summary (PortAI) of a Wallstreetcn story
  'Reportify (Wall Street CN)': 'secondary',
  'MEXC News (PANews)': 'secondary',
  'AInvest': 'secondary',
  'WebProNews': 'secondary',
  'TradingView': 'secondary',
  'Valuentum': 'secondary', // equity-research commentary
  'Runchey Research': 'secondary',
  'Technewsday': 'secondary',
};

export const sourceKindOf = (publisher) => publisherKinds[publisher] ?? 'secondary';
