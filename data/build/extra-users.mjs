// Added by the `users` research topic: daily active users (DAU) and monthly query counts, which
// the press cites for chatbots (Sensor Tower mobile DAU, court exhibits, Perplexity queries) and
// which none of the weekly/monthly user metrics can hold without mixing families.
export const entities = [];
export const metrics = [
  { id: 'daily-users', label: 'daily active users', labelJa: '日間アクティブユーザー数', family: 'daily-users', unit: 'count', kind: 'stock',
    cues: ['daily active users', 'daily users', 'daily active', 'DAU', 'DAUs', 'users a day', 'users each day', '日間アクティブユーザー', '日次アクティブユーザー', '1日あたりの利用者', 'デイリーアクティブユーザー'] },
  { id: 'monthly-queries', label: 'queries per month', labelJa: '月間クエリ数', family: 'monthly-queries', unit: 'count', kind: 'flow',
    cues: ['queries', 'queries a month', 'monthly queries', 'searches a month', 'questions answered', 'クエリ', 'クエリ数', '月間クエリ', '検索数', '質問数'] },
];
