// Entities of the bundled dataset: who a figure is about. Aliases are the spellings a writer uses, in
// English and Japanese; the claim engine matches them in prose. Products carry their company as `parent`.
// Japanese names avoid common words: Groq stays "Groq" (グロック is also how Grok is written) and
// Cursor stays "Cursor" (カーソル is the everyday word for a screen cursor).
// Read by scripts/build-dataset.mjs; the output is data/figures.json.

/** @type {import('../../src/core/types').EntityDef[]} */
export const entities = [
  { id: 'openai', name: 'OpenAI', nameJa: 'オープンAI', aliases: ['OpenAI', 'Open AI', 'OpenAI Group PBC', 'OpenAI社', 'オープンAI', 'オープンAI社', 'オープンエーアイ'] },
  { id: 'chatgpt', name: 'ChatGPT', nameJa: 'チャットGPT', aliases: ['ChatGPT', 'Chat GPT', 'チャットGPT', 'チャットジーピーティー'], parent: 'openai' },
  { id: 'nvidia', name: 'Nvidia', nameJa: 'エヌビディア', aliases: ['Nvidia', 'NVIDIA', 'nVidia', 'Nvidia Corp', 'エヌビディア', 'エヌビディア社', 'NVIDIA社'] },
  { id: 'microsoft', name: 'Microsoft', nameJa: 'マイクロソフト', aliases: ['Microsoft', 'MSFT', 'マイクロソフト', 'マイクロソフト社', '米マイクロソフト'] },
  { id: 'azure', name: 'Azure', nameJa: 'アジュール', aliases: ['Azure', 'Microsoft Azure', 'アジュール'], parent: 'microsoft' },
  { id: 'google', name: 'Google', nameJa: 'グーグル', aliases: ['Google', 'Alphabet', 'Google LLC', 'グーグル', 'アルファベット', 'Google社', '米グーグル'] },
  { id: 'gemini', name: 'Gemini', nameJa: 'ジェミニ', aliases: ['Gemini', 'Google Gemini', 'Gemini app', 'ジェミニ', 'ジェミナイ'], parent: 'google' },
  { id: 'ai-overviews', name: 'AI Overviews', nameJa: 'AIオーバービュー', aliases: ['AI Overviews', 'AI Overview', 'AIオーバービュー', 'AIによる概要'], parent: 'google' },
  { id: 'anthropic', name: 'Anthropic', nameJa: 'アンソロピック', aliases: ['Anthropic', 'アンソロピック', 'アンスロピック', 'Anthropic社'] },
  { id: 'claude', name: 'Claude', nameJa: 'クロード', aliases: ['Claude', 'クロード'], parent: 'anthropic' },
  { id: 'claude-code', name: 'Claude Code', nameJa: 'クロードコード', aliases: ['Claude Code', 'クロードコード'], parent: 'anthropic' },
  { id: 'oracle', name: 'Oracle', nameJa: 'オラクル', aliases: ['Oracle', 'Oracle Cloud', 'OCI', 'オラクル', 'オラクル社'] },
  { id: 'amazon', name: 'Amazon', nameJa: 'アマゾン', aliases: ['Amazon', 'Amazon.com', 'アマゾン', 'アマゾン・ドット・コム'] },
  { id: 'aws', name: 'AWS', nameJa: 'AWS', aliases: ['AWS', 'Amazon Web Services', 'アマゾン・ウェブ・サービス'], parent: 'amazon' },
  { id: 'meta', name: 'Meta', nameJa: 'メタ', aliases: ['Meta', 'Meta Platforms', 'Facebook', 'メタ', 'メタ・プラットフォームズ'] },
  { id: 'amd', name: 'AMD', nameJa: 'AMD', aliases: ['AMD', 'Advanced Micro Devices'] },
  { id: 'broadcom', name: 'Broadcom', nameJa: 'ブロードコム', aliases: ['Broadcom', 'ブロードコム'] },
  { id: 'coreweave', name: 'CoreWeave', nameJa: 'コアウィーブ', aliases: ['CoreWeave', 'Core Weave', 'コアウィーブ'] },
  { id: 'cerebras', name: 'Cerebras', nameJa: 'セレブラス', aliases: ['Cerebras', 'Cerebras Systems', 'セレブラス'] },
  { id: 'groq', name: 'Groq', nameJa: 'Groq', aliases: ['Groq'] },
  { id: 'softbank', name: 'SoftBank', nameJa: 'ソフトバンク', aliases: ['SoftBank', 'SoftBank Group', 'ソフトバンク', 'ソフトバンクグループ', 'ソフトバンクG', 'SBG'] },
  { id: 'xai', name: 'xAI', nameJa: 'xAI', aliases: ['xAI', 'X.AI', 'エックスAI'] },
  { id: 'mistral', name: 'Mistral AI', nameJa: 'ミストラル', aliases: ['Mistral', 'Mistral AI', 'ミストラル', 'ミストラルAI'] },
  { id: 'perplexity', name: 'Perplexity', nameJa: 'パープレキシティ', aliases: ['Perplexity', 'Perplexity AI', 'パープレキシティ'] },
  { id: 'ssi', name: 'Safe Superintelligence', nameJa: 'セーフ・スーパーインテリジェンス', aliases: ['SSI', 'Safe Superintelligence', 'セーフ・スーパーインテリジェンス'] },
  { id: 'thinking-machines', name: 'Thinking Machines Lab', nameJa: 'シンキング・マシーンズ', aliases: ['Thinking Machines', 'Thinking Machines Lab', 'シンキング・マシーンズ', 'シンキング・マシーンズ・ラボ'] },
  { id: 'cursor', name: 'Cursor (Anysphere)', nameJa: 'Cursor', aliases: ['Cursor', 'Anysphere', 'エニースフィア'] },
  { id: 'deepseek', name: 'DeepSeek', nameJa: 'ディープシーク', aliases: ['DeepSeek', 'Deepseek', 'ディープシーク'] },
  { id: 'stargate', name: 'Stargate', nameJa: 'スターゲート', aliases: ['Stargate', 'Stargate project', 'Project Stargate', 'スターゲート', 'スターゲート計画'] },
  { id: 'intel', name: 'Intel', nameJa: 'インテル', aliases: ['Intel', 'インテル'] },
  { id: 'us-economy', name: 'US economy', nameJa: '米国経済', aliases: ['US economy', 'U.S. economy', 'American economy', 'US GDP', '米国経済', 'アメリカ経済', '米経済'] },
  { id: 'us-software-stocks', name: 'US software stocks', nameJa: '米ソフトウェア株', aliases: ['software stocks', 'software sector', 'software and data stocks', 'S&P 500 Software & Services', 'ソフトウェア株', 'ソフトウェア銘柄', 'ソフトウェア関連株'] },
  { id: 'us-government', name: 'US government', nameJa: '米政府', aliases: ['White House', 'US government', 'federal government', 'ホワイトハウス', '米政府', '米国政府', '連邦政府'] },
];
