// Entities and metrics added by the leads research (data/research-leads.jsonl) and the 2026-12 audit.
//   profit-share: Microsoft's old 49% of OpenAI's profits was a capped profit share, not an ownership
//   stake; as its own family it neither confirms nor contradicts a stake in percent.
//   bookings: order visibility a chipmaker states (Nvidia's "$500B of Blackwell and Rubin bookings"),
//   not revenue and not remaining performance obligations.
//   ai-revenue: the AI part of a chipmaker's sales as it reports it (Broadcom's "AI semiconductor revenue"),
//   a slice of revenue with its own family so it is never compared with total revenue.
//   stake-sale: proceeds from selling a shareholding (SoftBank's $5.83B sale of its Nvidia shares),
//   not the value of a stake still held and not money invested.

export const entities = [];

/** @type {import('../../src/core/types').MetricDef[]} */
export const metrics = [
  { id: 'profit-share', label: 'share of profits (percent)', labelJa: '利益配分比率', family: 'profit-share', unit: 'percent', kind: 'stock',
    cues: ['share of the profits', 'profit-sharing', 'profit share', 'share of profits', 'profits interest', '利益配分', '利益の分配', '利益の取り分'] },
  { id: 'bookings', label: 'bookings / order visibility', labelJa: '受注見通し（ブッキング）', family: 'bookings', unit: 'currency', kind: 'stock',
    cues: ['bookings', 'in bookings', 'order visibility', 'orders through', 'booked orders', '受注見通し', '受注額', 'ブッキング'] },
  { id: 'ai-revenue', label: 'AI revenue (AI semiconductor / AI segment sales)', labelJa: 'AI関連売上高', family: 'segment-revenue-ai', unit: 'currency', kind: 'flow',
    cues: ['AI revenue', 'AI semiconductor revenue', 'AI chip revenue', 'AI-related revenue', 'AI sales', 'AI半導体売上', 'AI関連売上', 'AI向け売上'] },
  { id: 'stake-sale', label: 'proceeds from selling a stake', labelJa: '保有株の売却額', family: 'stake-sale', unit: 'currency', kind: 'flow',
    cues: ['sold its stake', 'sold its entire stake', 'stake sale', 'sold its shares', 'sale of its stake', 'offloaded', '全株売却', '保有株を売却', '株式を売却', '売却額'] },
];
